package dev.faibric.generation.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.project.AppType;
import dev.faibric.project.SourceFile;
import dev.faibric.servercode.ServerCode;
import dev.faibric.tsx.TsxCompiler;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The server-code text the model gets, and that its example is server code Faibric
 * accepts.
 */
class ServerCodePromptsTests {

    private final SystemPrompts prompts = new SystemPrompts();

    @Test
    void onlyRequestsThatNeedItAreTaughtServerCode() {
        assertThat(prompts.forGeneration(AppType.TOOL, false, true)).contains("SERVER CODE", "server/index.ts",
                "process.env");
        assertThat(prompts.forGeneration(AppType.TOOL, false, false)).doesNotContain("SERVER CODE");
        assertThat(prompts.forChange(true, true)).contains("THE DATA TIER", "SERVER CODE");
        assertThat(prompts.forChange(false, false)).doesNotContain("SERVER CODE");
    }

    @Test
    void theExampleItTeachesPassesTheServerChecks() {
        Matcher file = Pattern.compile("<file path=\"(server/index\\.ts)\">\\n(.*?)</file>", Pattern.DOTALL)
            .matcher(prompts.forGeneration(AppType.TOOL, false, true));
        assertThat(file.find()).isTrue();
        List<SourceFile> files = List.of(new SourceFile("App.tsx", "export default function App() { return null; }\n"),
                new SourceFile(file.group(1), file.group(2)));
        assertThat(new ServerCode(new TsxCompiler()).problems(files)).isEmpty();
    }

}
