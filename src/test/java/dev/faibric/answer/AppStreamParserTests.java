package dev.faibric.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.project.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppStreamParserTests {

    static final String ANSWER = """
            Sure! Here is your app.

            <faibric-app type="tool" title="Tip &amp; Split" requires_backend="false">
            <description>Split a bill and tip between friends.</description>
            <file path="App.tsx">
            import BillForm from './components/BillForm';
            export default function App() { return <main><h1>Tip</h1><BillForm /></main>; }
            </file>
            <file path="components/BillForm.tsx">
            export default function BillForm() {
              const ok = 1 < 2 && 3 > 2;
              return <form data-x="</fil">{ok ? 'a' : 'b'}</form>;
            }
            </file>
            <styles>{"colors": {"primary": "#0f766e"}}</styles>
            <features>["Split the bill", "Custom tip"]</features>
            </faibric-app>
            Let me know if you want changes.
            """;

    /** Everything a listener saw, as comparable strings, in order. */
    static final class Recorder implements AppStreamListener {

        final List<String> seen = new ArrayList<>();

        final List<SourceFile> files = new ArrayList<>();

        @Override
        public void onApp(Map<String, String> attributes) {
            seen.add("app " + attributes);
        }

        @Override
        public void onFileStarted(String path) {
            seen.add("start " + path);
        }

        @Override
        public void onFile(SourceFile file) {
            files.add(file);
            seen.add("file " + file.path() + "\n" + file.content());
        }

        @Override
        public void onSection(String name, String body) {
            seen.add("section " + name + " " + body);
        }

        @Override
        public void onProblem(String message) {
            seen.add("problem " + message);
        }

    }

    static Recorder parse(String... chunks) {
        Recorder recorder = new Recorder();
        AppStreamParser parser = new AppStreamParser(recorder);
        for (String chunk : chunks) {
            parser.accept(chunk);
        }
        parser.finish();
        return recorder;
    }

    @Test
    void readsAttributesFilesAndSectionsAndIgnoresProseAround() {
        Recorder r = parse(ANSWER);

        assertThat(r.seen.getFirst()).isEqualTo("app {type=tool, title=Tip & Split, requires_backend=false}");
        assertThat(r.files).extracting(SourceFile::path).containsExactly("App.tsx", "components/BillForm.tsx");
        assertThat(r.files.get(0).content()).startsWith("import BillForm").endsWith("</main>; }\n");
        assertThat(r.files.get(1).content()).contains("data-x=\"</fil\"");
        assertThat(r.seen).contains("section description Split a bill and tip between friends.",
                "section styles {\"colors\": {\"primary\": \"#0f766e\"}}",
                "section features [\"Split the bill\", \"Custom tip\"]");
        assertThat(r.seen).noneMatch(s -> s.startsWith("problem"));
    }

    @Test
    void aStreamCutAtEveryPossiblePositionGivesTheSameResult() {
        List<String> whole = parse(ANSWER).seen;
        for (int cut = 0; cut <= ANSWER.length(); cut++) {
            assertThat(parse(ANSWER.substring(0, cut), ANSWER.substring(cut)).seen).as("cut at %d", cut)
                .isEqualTo(whole);
        }
    }

    @Test
    void aStreamFedOneCharacterAtATimeGivesTheSameResult() {
        String[] chars = ANSWER.split("");
        assertThat(parse(chars).seen).isEqualTo(parse(ANSWER).seen);
    }

    @Test
    void eachFileIsReportedTheMomentItsClosingTagArrives() {
        Recorder recorder = new Recorder();
        AppStreamParser parser = new AppStreamParser(recorder);
        int end = ANSWER.indexOf("</file>") + "</file>".length();
        parser.accept(ANSWER.substring(0, end - 1));
        assertThat(recorder.files).isEmpty();
        parser.accept(ANSWER.substring(end - 1, end));
        assertThat(recorder.files).extracting(SourceFile::path).containsExactly("App.tsx");
    }

    static final String THINKING = """
            <think>
            The user wants a tip app. I answer with one <faibric-app type="tool" ...> element and put
            each file in a <file path="..."> block, App.tsx first.
            </think>

            """ + ANSWER;

    @Test
    void aReasoningModelsThinkBlockIsSkippedEvenWhereItNamesTheTags() {
        assertThat(parse(THINKING).seen).isEqualTo(parse(ANSWER).seen);
    }

    @Test
    void aThinkBlockCutAtEveryPossiblePositionGivesTheSameResult() {
        List<String> whole = parse(ANSWER).seen;
        for (int cut = 0; cut <= THINKING.length(); cut++) {
            assertThat(parse(THINKING.substring(0, cut), THINKING.substring(cut)).seen).as("cut at %d", cut)
                .isEqualTo(whole);
        }
    }

    @Test
    void anAnswerThatNeverLeavesItsThinkBlockHasNoApp() {
        assertThat(parse("<think>\nI will write <faibric-app> with <file path=\"App.tsx\">").seen)
            .containsExactly("problem the answer contains no <faibric-app> and no <file> blocks");
    }

    @Test
    void codeFencesInsideAFileAreRemoved() {
        Recorder r = parse(
                "<faibric-app type=\"tool\">\n<file path=\"App.tsx\">\n```tsx\nexport default function App() { return null; }\n```\n</file>\n</faibric-app>");
        assertThat(r.files)
            .containsExactly(new SourceFile("App.tsx", "export default function App() { return null; }\n"));
    }

    @Test
    void singleQuotedAttributesAreRead() {
        Recorder r = parse("<faibric-app type='game' title='Snake'><file path='App.tsx'>x</file></faibric-app>");
        assertThat(r.seen.getFirst()).isEqualTo("app {type=game, title=Snake}");
        assertThat(r.files).containsExactly(new SourceFile("App.tsx", "x\n"));
    }

    @Test
    void aTruncatedStreamKeepsTheCompleteFilesAndReportsTheCutOne() {
        int cut = ANSWER.indexOf("const ok");
        Recorder r = parse(ANSWER.substring(0, cut));
        assertThat(r.files).extracting(SourceFile::path).containsExactly("App.tsx");
        assertThat(r.seen.getLast())
            .isEqualTo("problem file 'components/BillForm.tsx' was cut off before </file> (the answer ended early)");
    }

    @Test
    void aMissingClosingTagEndsTheFileWhereTheNextBegins() {
        Recorder r = parse(
                "<faibric-app>\n<file path=\"App.tsx\">\nA\n<file path=\"B.tsx\">\nB\n</file>\n</faibric-app>");
        assertThat(r.files).containsExactly(new SourceFile("App.tsx", "A\n"), new SourceFile("B.tsx", "B\n"));
        assertThat(r.seen).contains("problem file 'App.tsx' had no </file>; it was closed where the next block began");
    }

    @Test
    void filesWithoutTheAppWrapperAreStillRead() {
        Recorder r = parse("Here you go:\n<file path=\"./App.tsx\">\nexport default 1;\n</file>");
        assertThat(r.files).containsExactly(new SourceFile("App.tsx", "export default 1;\n"));
    }

    @Test
    void anAnswerWithoutAppOrFilesIsAProblemNotACrash() {
        Recorder r = parse("I'm sorry, I can't help with that. <b>bold</b> < not a tag");
        assertThat(r.files).isEmpty();
        assertThat(r.seen).containsExactly("problem the answer contains no <faibric-app> and no <file> blocks");
    }

    @Test
    void aFileWithoutPathIsReportedAndSkipped() {
        Recorder r = parse("<faibric-app><file>x</file><file path=\"App.tsx\">y</file></faibric-app>");
        assertThat(r.files).extracting(SourceFile::path).containsExactly("App.tsx");
        assertThat(r.seen).contains("problem a <file> block has no path attribute; it was ignored");
    }

    @Test
    void everythingAfterTheClosingAppTagIsIgnored() {
        Recorder r = parse("<faibric-app><file path=\"App.tsx\">y</file></faibric-app><file path=\"x.ts\">z</file>");
        assertThat(r.files).extracting(SourceFile::path).containsExactly("App.tsx");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = { "website", "webapp", "tool", "dashboard", "game", "form", "webapp-backend" })
    void theExampleInEveryGenerationPromptParsesWithAppTsxFirst(String name) throws Exception {
        String prompt = new org.springframework.core.io.ClassPathResource("prompts/" + name + "-v1.md")
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        Recorder r = parse(prompt.substring(prompt.indexOf("\n<faibric-app ")));
        assertThat(r.files).isNotEmpty();
        assertThat(r.files.getFirst().path()).isEqualTo("App.tsx");
        assertThat(r.seen.getFirst()).startsWith("app {type=");
    }

}
