package dev.faibric.composer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.data.AppSchema;
import dev.faibric.llm.LlmRequest;
import dev.faibric.llm.LlmUsage;
import dev.faibric.library.LibraryFixtures;
import dev.faibric.library.TemplateFinder;
import dev.faibric.project.AppType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

class OfflineTemplateComposerTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final TemplateFinder TEMPLATES = LibraryFixtures.byKeywords();

    private static OfflineTemplateComposer composer(Duration streamTime) {
        return new OfflineTemplateComposer(TEMPLATES, new ComposerSettings(48, streamTime), JSON);
    }

    @Test
    void theAnswerIsInTheModelOutputFormatAndSaysItIsNotAModel() {
        String answer = composer(Duration.ZERO)
            .compose(new LlmRequest("system", "a tip calculator in navy", AppType.TOOL, null))
            .orElseThrow();

        assertThat(answer).startsWith("Offline template composer (not a language model)");
        assertThat(answer).contains(
                "<faibric-app type=\"tool\" title=\"Tip Calculator\" requires_backend=\"false\" template=\"tip-calculator\"");
        assertThat(answer.indexOf("<file path=\"App.tsx\">")).isLessThan(answer.indexOf("<file path=\"config.ts\">"));
        assertThat(answer).contains("\"primary\" : \"#1e3a8a\"").contains("</faibric-app>");
    }

    @Test
    void aDataBackedTemplateIsAnsweredWithItsDataModel() {
        String answer = composer(Duration.ZERO)
            .compose(new LlmRequest("system", "a guestbook for our wedding", AppType.WEBAPP, null))
            .orElseThrow();

        assertThat(answer).startsWith("Offline template composer (not a language model)");
        assertThat(answer).contains("requires_backend=\"true\" template=\"guestbook\"");
        String database = answer.substring(answer.indexOf("<database>") + "<database>".length(),
                answer.indexOf("</database>"));
        AppSchema schema = AppSchema.parse(database).orThrow();
        assertThat(database).isEqualTo(schema.toJson());
        assertThat(schema.collection("entries")).isPresent();
        assertThat(answer).contains("from 'faibric/data'");
    }

    @ParameterizedTest(name = "\"{0}\" is composed with shared data")
    @CsvSource(delimiter = '|', textBlock = """
            a supplier directory my team can all add to                       | suppliers
            a recipe exchange where members post recipes and comment          | recipes
            a lost and found board for our office                             | entries
            """)
    void aComposedAppThatNeedsSharedDataIsAnsweredWithItsDataModel(String request, String kind) {
        String answer = composer(Duration.ZERO).composed(new LlmRequest("system", request, AppType.WEBAPP, null));

        assertThat(answer).contains("no built-in template fits", "not a language model", "shared by every visitor")
            .contains("requires_backend=\"true\"")
            .doesNotContain("template=\"");
        String database = answer.substring(answer.indexOf("<database>") + "<database>".length(),
                answer.indexOf("</database>"));
        AppSchema schema = AppSchema.parse(database).orThrow();
        assertThat(database).isEqualTo(schema.toJson());
        assertThat(schema.collection("items")).isPresent();
        assertThat(answer).contains("listing " + kind, "from 'faibric/data'");
    }

    @Test
    void aPersonalComposedAppKeepsItsDataInTheBrowser() {
        String answer = composer(Duration.ZERO)
            .composed(new LlmRequest("system", "a private journal for my moods", AppType.WEBAPP, null));

        assertThat(answer).contains("no built-in template fits", "kept in the visitor's browser")
            .contains("requires_backend=\"false\"")
            .doesNotContain("<database>", "faibric/data");
    }

    @Test
    void aTemplateWithoutDataSaysItNeedsNoBackend() {
        String answer = composer(Duration.ZERO).compose(new LlmRequest("system", "a stopwatch", AppType.TOOL, null))
            .orElseThrow();

        assertThat(answer).contains("requires_backend=\"false\"").doesNotContain("<database>");
    }

    @Test
    void aChangeKeepsTheTitleAndAppliesTheColours() {
        String answer = composer(Duration.ZERO)
            .compose(new LlmRequest("system", "make it dark\n\nThe app so far: a tip calculator", AppType.TOOL,
                    "Dinner Splitter"))
            .orElseThrow();
        assertThat(answer).contains("title=\"Dinner Splitter\"").contains("\"dark\" : true");
    }

    @Test
    void streamsInChunksPacedOverTheConfiguredTime() throws Exception {
        List<String> chunks = new ArrayList<>();
        LlmUsage usage = composer(Duration.ofMillis(200))
            .stream(new LlmRequest("s", "a tic-tac-toe game", AppType.GAME, null), chunks::add);

        assertThat(chunks.size()).isGreaterThan(20);
        assertThat(chunks).allMatch(c -> c.length() <= 48);
        assertThat(String.join("", chunks)).contains("<faibric-app type=\"game\"");
        assertThat(usage.duration()).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        assertThat(usage.timeToFirstToken()).isLessThan(usage.duration());
    }

    @ParameterizedTest(name = "\"{0}\" is titled \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            a tip calculator                                  | Tip Calculator   | false
            Build me a simple unit converter for cooking      | Cooking Unit Converter | false
            a kanban board that remembers my tasks            | Kanban Board     | false
            a landing page for my bakery                      | Bakery           | true
            A website for our family restaurant in Lisbon     | Restaurant       | true
            a landing page called "Sweet Crumbs"              | Sweet Crumbs     | true
            please make a portfolio named Ada Lovelace.       | Ada Lovelace     | true
            a BMI calculator                                  | BMI Calculator   | false
            """)
    void namesTheAppFromThePrompt(String prompt, String title, boolean business) {
        assertThat(AppTitles.from(prompt, "Fallback", business)).isEqualTo(title);
    }

    @Test
    void coloursAndDarknessComeFromThePrompt() {
        assertThat(Palettes.forPrompt("a dark todo app with green accents", AppType.WEBAPP))
            .satisfies(p -> assertThat(p.dark()).isTrue())
            .satisfies(p -> assertThat(p.primary()).isEqualTo("#4ade80"));
        // Colours asked for in so many words are used exactly.
        assertThat(Palettes.forPrompt("navy buttons on a white background", AppType.TOOL)).satisfies(p -> {
            assertThat(p.primary()).isEqualTo("#000080");
            assertThat(p.background()).isEqualTo("#ffffff");
        });
        assertThat(Palettes.forPrompt("a quiz", AppType.GAME).dark()).isFalse();
    }

    @Test
    void explicitColoursAreUsedExactlyAndSaid() {
        String answer = composer(Duration.ZERO)
            .compose(new LlmRequest("system",
                    "Please implement a website for generating stock reports. Set the background color to lavender and "
                            + "the component color to charcoal.",
                    AppType.WEBSITE, null))
            .orElseThrow();
        assertThat(answer).contains("title=\"Stock Reports\"")
            .contains("\"background\" : \"#e6e6fa\"")
            .contains("\"primary\" : \"#36454f\"")
            .contains("page background #e6e6fa (lavender)")
            .contains("\u201ccharcoal\u201d is not a CSS colour name; used #36454f");
    }

    @Test
    void derivedColoursKeepTextReadable() {
        List<String> backgrounds = new ArrayList<>(ColourNames.css().keySet());
        backgrounds.addAll(List.of("#1e1e1e", "#777777", "#8a8a8a", "rgb(120, 120, 120)"));
        for (String bg : backgrounds) {
            Palettes.Palette p = Palettes.forPrompt("use " + bg + " for the background and gold for the buttons",
                    AppType.WEBAPP);
            assertThat(p.background()).as(bg).isEqualTo(ColourNames.of(bg).orElseThrow().hex());
            assertThat(p.primary()).isEqualTo("#ffd700");
            assertThat(ColourMaths.contrast(p.text(), p.background())).as(bg).isGreaterThanOrEqualTo(4.5);
            assertThat(ColourMaths.contrast(p.text(), p.surface())).as(bg).isGreaterThanOrEqualTo(4.5);
            assertThat(ColourMaths.contrast(p.muted(), p.background())).as(bg).isGreaterThanOrEqualTo(4.5);
            assertThat(ColourMaths.contrast(p.muted(), p.surface())).as(bg).isGreaterThanOrEqualTo(4.5);
            assertThat(p.dark()).as(bg)
                .isEqualTo(ColourMaths.contrast("#ffffff", p.background()) > ColourMaths.contrast("#000000",
                        p.background()));
        }
        assertThat(Palettes.forPrompt("a #1e1e1e background with gold buttons", AppType.TOOL).dark()).isTrue();
    }

    @Test
    void aChangeBeforeAnEarlierRequestWins() {
        Palettes.Palette p = Palettes.forPrompt(
                "make the background lavender\n\nThe app so far: white background and navy buttons", AppType.TOOL);
        assertThat(p.background()).isEqualTo("#e6e6fa");
        assertThat(p.primary()).isEqualTo("#000080");
        Palettes.Palette dark = Palettes.forPrompt("make it dark\n\nThe app so far: white background, navy buttons",
                AppType.TOOL);
        assertThat(dark.dark()).isTrue();
        assertThat(dark.primary()).isEqualTo("#000080");
    }

}
