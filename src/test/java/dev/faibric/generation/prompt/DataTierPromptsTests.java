package dev.faibric.generation.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.data.AppSchema;
import dev.faibric.project.AppType;
import dev.faibric.project.SourceFile;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The prompts that teach the data tier say what they must: the {@code <database>} format
 * (with an example that parses), the {@code faibric/data} client as the contract gives
 * it, what the server sets, and what never to do; and the requests show and offer data
 * models in the same form.
 */
class DataTierPromptsTests {

    static final Pattern DATABASE = Pattern.compile("<database>\\s*(\\{.*?)</database>", Pattern.DOTALL);

    final SystemPrompts prompts = new SystemPrompts();

    @Test
    void thePromptForAnAppWithDataTeachesTheDataModelAndTheClient() {
        String prompt = prompts.forGeneration(AppType.WEBAPP, true);

        assertThat(prompt).doesNotContain("{{dataTier}}", "{{appType}}")
            .contains("requires_backend=\"true\"", "type=\"webapp\"");
        // The data model: every type, the options, the access rules.
        assertThat(prompt).contains("\"type\": \"text\"", "longtext", "number", "boolean", "datetime", "\"enum\"",
                "\"values\"", "\"reference\"", "\"collection\": \"posts\"", "url", "\"required\": true",
                "\"unique\": true", "\"default\"", "\"indexes\"", "\"access\"", "\"public\"", "\"signed-in\"",
                "\"owner\"", "\"admin\"", "\"owner of <reference field>\"");
        // The client, as the contract gives it.
        assertThat(prompt).contains("from 'faibric/data'", "collection<Post>('posts')", ".list(", ".get(12)",
                ".create(", ".update(12", ".remove(12)", "useCollection<Post>(", "useRow<Post>(", "useUser()",
                "auth.signUp(email, password, name)", "auth.logIn(email, password)", "auth.logOut()", "DataError",
                "Live updates are automatic");
        // What the server sets, and what never to do.
        assertThat(prompt).contains("id, createdAt, updatedAt, owner", "ownerName")
            .containsIgnoringCase("never keep data other people should see in localStorage")
            .contains("never write SQL", "never call fetch for the app's data");
        assertThat(prompt).doesNotContain("CREATE TABLE", "BIGSERIAL", "postgresql", "./api/");
    }

    @Test
    void everyDataModelInThePromptsParses() {
        String prompt = prompts.forGeneration(AppType.WEBAPP, true) + prompts.forChange(true);
        Matcher block = DATABASE.matcher(prompt);
        int examples = 0;
        while (block.find()) {
            if (block.group(1).contains("\"collections\"")) {
                assertThat(AppSchema.parse(block.group(1)).texts()).as(block.group(1)).isEmpty();
                examples++;
            }
        }
        assertThat(examples).isEqualTo(3);
    }

    @Test
    void anAppOfAnyTypeThatKeepsDataGetsThePromptWithData() {
        assertThat(prompts.forGeneration(AppType.FORM, true)).contains("type=\"form\"", "THE DATA TIER");
        assertThat(prompts.forGeneration(AppType.FORM, false)).doesNotContain("THE DATA TIER", "faibric/data");
        assertThat(prompts.forGeneration(AppType.WEBAPP, false)).doesNotContain("THE DATA TIER", "faibric/data")
            .contains("localStorage");
    }

    @Test
    void theChangePromptTeachesTheDataTierOnlyForAnAppWithData() {
        assertThat(prompts.forChange()).isEqualTo(prompts.forChange(false))
            .doesNotContain("THE DATA TIER", "<database>");
        assertThat(prompts.forChange(true)).startsWith(prompts.forChange(false).strip())
            .contains("THE DATA TIER", "from 'faibric/data'", "CHANGING THE DATA", "WHOLE new data model",
                    "left out is hidden", "let people log in");
    }

    @Test
    void theRepairPromptSaysHowToFixTheDataModel() {
        assertThat(prompts.forRepair()).contains("faibric/data", "<database>", "Never write SQL");
    }

    @Test
    void aChangeShowsTheAppsDataModelAndARepairItsDatabaseBlock() {
        AppSchema schema = AppSchema.parse("""
                {"collections": {"posts": {"fields": {"title": {"type": "text"}}}}}""").orThrow();
        List<SourceFile> files = List.of(new SourceFile("App.tsx", "export default () => null;\n"));

        assertThat(ChangeContext.request("add a body", List.of(), files, schema))
            .endsWith("The app's current data model:\n<database>\n" + schema.toJson() + "\n</database>\n");
        assertThat(ChangeContext.request("add a body", List.of(), files)).doesNotContain("<database>");
        assertThat(ModelRequests.repair(files, schema.toJson(), List.of("<database>: posts.title: wrong"))).contains(
                "- <database>: posts.title: wrong", "answer the whole corrected <database> block",
                "<database>\n" + schema.toJson() + "\n</database>");
        assertThat(ModelRequests.repair(files, null, List.of("App.tsx: broken"))).doesNotContain("<database>");
    }

    @Test
    void theLibrarysDataModelIsOfferedInTheDeclarativeForm() {
        AppSchema schema = AppSchema.parse("""
                {"collections": {"posts": {"fields": {"title": {"type": "text"}}}}}""").orThrow();

        assertThat(ModelRequests.withDataModel("a blog with comments", "Blog", schema))
            .startsWith("a blog with comments\n\nA data model from the code library that fits ('Blog').")
            .endsWith("<database>\n" + schema.toJson() + "\n</database>\n");
    }

}
