package dev.faibric.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.project.SourceFile;
import dev.faibric.support.Answers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeStreamParserTests {

    static final String ANSWER = """
            Sure, here are the changes.

            <edit path="components/BillForm.tsx">
            <<<<<<< SEARCH
                  <button style={{ background: '#0f766e' }}>
            =======
                  <button style={{ background: '#1d4ed8' }}>
            >>>>>>> REPLACE
            <<<<<<< SEARCH
              const [tip, setTip] = useState(15);
            =======
              const [tip, setTip] = useState(18);
            >>>>>>> REPLACE
            </edit>
            <file path="components/Footer.tsx">
            export default function Footer() {
              return <footer style={{ padding: 16 }}>Made with care <summary>x</summary></footer>;
            }
            </file>
            <edit path='App.tsx'>
            ```tsx
            <<<<<<< SEARCH
            import BillForm from './components/BillForm';
            =======
            import BillForm from './components/BillForm';
            import Footer from './components/Footer';
            >>>>>>> REPLACE
            ```
            </edit>
            <summary>Made the button blue, raised the default tip and added a footer.</summary>
            Anything else?
            """;

    /** Everything a listener saw, as comparable strings, in order. */
    static final class Recorder implements ChangeStreamListener {

        final List<String> seen = new ArrayList<>();

        final List<FileEdit> edits = new ArrayList<>();

        final List<SourceFile> files = new ArrayList<>();

        final List<String> problems = new ArrayList<>();

        @Override
        public void onEditStarted(String path) {
            seen.add("start edit " + path);
        }

        @Override
        public void onEdit(FileEdit edit) {
            edits.add(edit);
            seen.add("edit " + edit);
        }

        @Override
        public void onFileStarted(String path) {
            seen.add("start file " + path);
        }

        @Override
        public void onFile(SourceFile file) {
            files.add(file);
            seen.add("file " + file);
        }

        @Override
        public void onSummary(String summary) {
            seen.add("summary " + summary);
        }

        @Override
        public void onProblem(String message) {
            problems.add(message);
            seen.add("problem " + message);
        }

    }

    static Recorder parse(String... chunks) {
        Recorder recorder = new Recorder();
        ChangeStreamParser parser = new ChangeStreamParser(recorder);
        for (String chunk : chunks) {
            parser.accept(chunk);
        }
        parser.finish();
        return recorder;
    }

    static SearchReplace block(String search, String replace) {
        return new SearchReplace(search, replace);
    }

    @Test
    void readsEditsFilesAndTheSummaryAndIgnoresProseAround() {
        Recorder r = parse(ANSWER);

        assertThat(r.edits).containsExactly(
                new FileEdit("components/BillForm.tsx", List.of(
                        block("      <button style={{ background: '#0f766e' }}>\n",
                                "      <button style={{ background: '#1d4ed8' }}>\n"),
                        block("  const [tip, setTip] = useState(15);\n", "  const [tip, setTip] = useState(18);\n"))),
                new FileEdit("App.tsx", List.of(block("import BillForm from './components/BillForm';\n",
                        "import BillForm from './components/BillForm';\nimport Footer from './components/Footer';\n"))));
        assertThat(r.files).extracting(SourceFile::path).containsExactly("components/Footer.tsx");
        assertThat(r.files.getFirst().content()).startsWith("export default function Footer()")
            .contains("<summary>x</summary>")
            .endsWith("}\n");
        assertThat(r.seen.getLast())
            .isEqualTo("summary Made the button blue, raised the default tip and added a footer.");
        assertThat(r.problems).isEmpty();
    }

    @Test
    void eventsArriveInTheOrderTheAnswerWroteThem() {
        assertThat(parse(ANSWER).seen).extracting(s -> s.split(" ")[0] + " " + s.split(" ")[1])
            .containsExactly("start edit", "edit FileEdit[path=components/BillForm.tsx,", "start file",
                    "file SourceFile[path=components/Footer.tsx,", "start edit", "edit FileEdit[path=App.tsx,",
                    "summary Made");
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
    void aStreamCutTwiceAtEveryPairOfNearbyPositionsGivesTheSameResult() {
        List<String> whole = parse(ANSWER).seen;
        for (int a = 0; a <= ANSWER.length(); a++) {
            for (int b = a; b <= Math.min(ANSWER.length(), a + 12); b++) {
                assertThat(parse(ANSWER.substring(0, a), ANSWER.substring(a, b), ANSWER.substring(b)).seen)
                    .as("cuts at %d and %d", a, b)
                    .isEqualTo(whole);
            }
        }
    }

    @Test
    void aStreamFedOneCharacterAtATimeGivesTheSameResult() {
        assertThat(parse(ANSWER.split("")).seen).isEqualTo(parse(ANSWER).seen);
    }

    @Test
    void aCrlfStreamGivesTheSameBlocksAsAnLfStream() {
        String crlf = ANSWER.replace("\n", "\r\n");
        Recorder lf = parse(ANSWER);
        assertThat(parse(crlf).edits).isEqualTo(lf.edits);
        assertThat(parse(crlf).files).isEqualTo(lf.files);
        for (int cut = 0; cut <= crlf.length(); cut++) {
            assertThat(parse(crlf.substring(0, cut), crlf.substring(cut)).edits).as("cut at %d", cut)
                .isEqualTo(lf.edits);
        }
    }

    @Test
    void eachEditIsReportedTheMomentItsClosingTagArrives() {
        Recorder recorder = new Recorder();
        ChangeStreamParser parser = new ChangeStreamParser(recorder);
        int end = ANSWER.indexOf("</edit>") + "</edit>".length();
        parser.accept(ANSWER.substring(0, end - 1));
        assertThat(recorder.edits).isEmpty();
        parser.accept(ANSWER.substring(end - 1, end));
        assertThat(recorder.edits).extracting(FileEdit::path).containsExactly("components/BillForm.tsx");
    }

    @Test
    void markersOfFiveToNineCharactersWithTrailingSpacesAreRead() {
        Recorder r = parse("""
                <edit path="App.tsx">
                <<<<< SEARCH \t
                a
                =====
                b
                >>>>> REPLACE
                <<<<<<<<< SEARCH
                c
                =========
                d
                >>>>>>>>> REPLACE
                </edit>
                """);
        assertThat(r.edits).containsExactly(new FileEdit("App.tsx", List.of(block("a\n", "b\n"), block("c\n", "d\n"))));
        assertThat(r.problems).isEmpty();
    }

    @Test
    void fourOrTenMarkerCharactersAreCodeNotMarkers() {
        Recorder r = parse("""
                <edit path="App.tsx">
                <<<<<<< SEARCH
                <<<< SEARCH
                ==========
                =======
                >>>> REPLACE
                >>>>>>> REPLACE
                </edit>
                """);
        assertThat(r.edits)
            .containsExactly(new FileEdit("App.tsx", List.of(block("<<<< SEARCH\n==========\n", ">>>> REPLACE\n"))));
    }

    @Test
    void aiderOriginalAndUpdatedMarkersAreAccepted() {
        Recorder r = parse("<edit path=\"App.tsx\">\n<<<<<<< ORIGINAL\na\n=======\nb\n>>>>>>> UPDATED\n</edit>");
        assertThat(r.edits).containsExactly(new FileEdit("App.tsx", List.of(block("a\n", "b\n"))));
    }

    @Test
    void codeFencesAroundAnEditOrInsideABlockAreRemoved() {
        Recorder r = parse("""
                <edit path="App.tsx">
                ```tsx
                <<<<<<< SEARCH
                a
                =======
                b
                >>>>>>> REPLACE
                ```
                ```
                <<<<<<< SEARCH
                ```tsx
                c
                ```
                =======
                ```tsx
                d
                ```
                >>>>>>> REPLACE
                ```
                </edit>
                <file path="x.ts">
                ```ts
                export const x = 1;
                ```
                </file>
                """);
        assertThat(r.edits).containsExactly(new FileEdit("App.tsx", List.of(block("a\n", "b\n"), block("c\n", "d\n"))));
        assertThat(r.files).containsExactly(new SourceFile("x.ts", "export const x = 1;\n"));
    }

    @Test
    void singleQuotedAndDotSlashPathsAreRead() {
        Recorder r = parse(
                "<edit path='./App.tsx'>\n<<<<<<< SEARCH\na\n=======\nb\n>>>>>>> REPLACE\n</edit><file path='./b.ts'>x</file>");
        assertThat(r.edits).extracting(FileEdit::path).containsExactly("App.tsx");
        assertThat(r.files).containsExactly(new SourceFile("b.ts", "x\n"));
    }

    @Test
    void anEmptySearchIsKeptForCreatingANewFile() {
        Recorder r = parse(
                "<edit path=\"lib/format.ts\">\n<<<<<<< SEARCH\n=======\nexport const f = 1;\n>>>>>>> REPLACE\n</edit>");
        assertThat(r.edits).containsExactly(new FileEdit("lib/format.ts", List.of(block("", "export const f = 1;\n"))));
        assertThat(r.edits.getFirst().blocks().getFirst().searchIsEmpty()).isTrue();
    }

    @Test
    void anEmptyReplaceDeletesTheSearchedLines() {
        Recorder r = parse("<edit path=\"App.tsx\">\n<<<<<<< SEARCH\nold line\n=======\n>>>>>>> REPLACE\n</edit>");
        assertThat(r.edits).containsExactly(new FileEdit("App.tsx", List.of(block("old line\n", ""))));
    }

    @Test
    void theReplaceMarkerMayShareItsLineWithTheClosingTag() {
        Recorder r = parse(
                "<edit path=\"App.tsx\"><<<<<<< SEARCH\na\n=======\nb\n>>>>>>> REPLACE</edit><summary>Done.</summary>");
        assertThat(r.edits).containsExactly(new FileEdit("App.tsx", List.of(block("a\n", "b\n"))));
        assertThat(r.seen.getLast()).isEqualTo("summary Done.");
        assertThat(r.problems).isEmpty();
    }

    @Test
    void tagsAndClosingTagsInsideABlockAreCodeNotStructure() {
        Recorder r = parse("""
                <edit path="App.tsx">
                <<<<<<< SEARCH
                  <details><summary>Old</summary></details>
                =======
                  <file path="x">not a file</file> <edit path="y"> </edit>
                >>>>>>> REPLACE
                </edit>
                """);
        assertThat(r.edits)
            .containsExactly(new FileEdit("App.tsx", List.of(block("  <details><summary>Old</summary></details>\n",
                    "  <file path=\"x\">not a file</file> <edit path=\"y\"> </edit>\n"))));
        assertThat(r.files).isEmpty();
    }

    @Test
    void aTruncatedStreamKeepsTheCompleteBlocksAndReportsTheCutOne() {
        String cut = ANSWER.substring(0, ANSWER.indexOf("useState(18)"));
        Recorder r = parse(cut);
        assertThat(r.edits).containsExactly(new FileEdit("components/BillForm.tsx",
                List.of(block("      <button style={{ background: '#0f766e' }}>\n",
                        "      <button style={{ background: '#1d4ed8' }}>\n"))));
        assertThat(r.seen.getLast()).isEqualTo("problem the edit for 'components/BillForm.tsx' was cut off inside a "
                + "SEARCH/REPLACE block (the answer ended early); its complete blocks were kept");
    }

    @Test
    void aTruncatedStreamInsideTheFirstBlockReportsTheEditAsIgnored() {
        Recorder r = parse("<edit path=\"App.tsx\">\n<<<<<<< SEARCH\na\n=======\nb");
        assertThat(r.edits).isEmpty();
        assertThat(r.problems).containsExactly("the edit for 'App.tsx' was cut off inside a SEARCH/REPLACE block "
                + "(the answer ended early); it was ignored");
    }

    @Test
    void aStreamEndingRightAfterTheReplaceMarkerKeepsTheEdit() {
        Recorder r = parse("<edit path=\"App.tsx\">\n<<<<<<< SEARCH\na\n=======\nb\n>>>>>>> REPLACE");
        assertThat(r.edits).containsExactly(new FileEdit("App.tsx", List.of(block("a\n", "b\n"))));
        assertThat(r.problems).containsExactly("the edit for 'App.tsx' had no </edit> (the answer ended early)");
    }

    @Test
    void aTruncatedFileIsReportedAndNotKept() {
        String cut = ANSWER.substring(0, ANSWER.indexOf("Made with care"));
        Recorder r = parse(cut);
        assertThat(r.edits).hasSize(1);
        assertThat(r.files).isEmpty();
        assertThat(r.seen.getLast())
            .isEqualTo("problem file 'components/Footer.tsx' was cut off before </file> (the answer ended early)");
    }

    @Test
    void aSummaryWithoutItsClosingTagAtTheEndIsStillRead() {
        Recorder r = parse(
                "<edit path=\"App.tsx\">\n<<<<<<< SEARCH\na\n=======\nb\n>>>>>>> REPLACE\n</edit>\n<summary>Renamed a to b.\n\nHope this helps!");
        assertThat(r.seen.getLast()).isEqualTo("summary Renamed a to b.");
        assertThat(r.problems).isEmpty();
    }

    @Test
    void aMissingClosingEditTagEndsTheEditWhereTheNextBlockBegins() {
        Recorder r = parse(
                "<edit path=\"a.ts\">\n<<<<<<< SEARCH\na\n=======\nb\n>>>>>>> REPLACE\n<edit path=\"b.ts\">\n<<<<<<< SEARCH\nc\n=======\nd\n>>>>>>> REPLACE\n</edit>");
        assertThat(r.edits).extracting(FileEdit::path).containsExactly("a.ts", "b.ts");
        assertThat(r.problems)
            .containsExactly("the edit for 'a.ts' had no </edit>; it was closed where the next block began");
    }

    @Test
    void aMissingClosingFileTagEndsTheFileWhereTheNextBlockBegins() {
        Recorder r = parse(
                "<file path=\"a.ts\">\nA\n<edit path=\"b.ts\">\n<<<<<<< SEARCH\nc\n=======\nd\n>>>>>>> REPLACE\n</edit>");
        assertThat(r.files).containsExactly(new SourceFile("a.ts", "A\n"));
        assertThat(r.edits).extracting(FileEdit::path).containsExactly("b.ts");
        assertThat(r.problems).containsExactly("file 'a.ts' had no </file>; it was closed where the next block began");
    }

    @Test
    void aBlockWithoutItsReplaceMarkerEndsAtClosingTagAndIsKept() {
        Recorder r = parse("<edit path=\"a.ts\">\n<<<<<<< SEARCH\na\n=======\nb\n</edit>");
        assertThat(r.edits).containsExactly(new FileEdit("a.ts", List.of(block("a\n", "b\n"))));
        assertThat(r.problems).containsExactly(
                "a SEARCH/REPLACE block in the edit for 'a.ts' had no >>>>>>> REPLACE line; it was ended at </edit>");
    }

    @Test
    void aBlockWithoutItsDividerIsDropped() {
        Recorder r = parse(
                "<edit path=\"a.ts\">\n<<<<<<< SEARCH\na\nb\n>>>>>>> REPLACE\n<<<<<<< SEARCH\nc\n=======\nd\n>>>>>>> REPLACE\n</edit>");
        assertThat(r.edits).containsExactly(new FileEdit("a.ts", List.of(block("c\n", "d\n"))));
        assertThat(r.problems)
            .containsExactly("a SEARCH/REPLACE block in the edit for 'a.ts' had no ======= line; it was dropped");
    }

    @Test
    void anEditWithoutPathOrWithoutBlocksIsReportedAndSkipped() {
        Recorder r = parse(
                "<edit>\n<<<<<<< SEARCH\na\n=======\nb\n>>>>>>> REPLACE\n</edit>\n<edit path=\"a.ts\">I will change it.</edit>");
        assertThat(r.edits).isEmpty();
        assertThat(r.problems).containsExactly("an <edit> block has no path attribute; it was ignored",
                "the edit for 'a.ts' contains no complete SEARCH/REPLACE block; it was ignored");
    }

    @Test
    void blocksInsideAFileElementAreReadAsAnEdit() {
        Recorder r = parse("<file path=\"App.tsx\">\n<<<<<<< SEARCH\na\n=======\nb\n>>>>>>> REPLACE\n</file>");
        assertThat(r.files).isEmpty();
        assertThat(r.edits).containsExactly(new FileEdit("App.tsx", List.of(block("a\n", "b\n"))));
        assertThat(r.problems).containsExactly("file 'App.tsx' holds SEARCH/REPLACE blocks; it was read as an <edit>");
    }

    @Test
    void blocksOutsideAnyEditAreReportedOnce() {
        String answer = "Change this:\n<<<<<<< SEARCH\na\n=======\nb\n>>>>>>> REPLACE\nand\n<<<<<<< SEARCH\nc\n=======\nd\n>>>>>>> REPLACE\n<summary>x</summary>";
        List<String> whole = parse(answer).seen;
        assertThat(whole).containsExactly("problem a SEARCH/REPLACE block outside any <edit path=\"...\"> was ignored",
                "summary x");
        for (int cut = 0; cut <= answer.length(); cut++) {
            assertThat(parse(answer.substring(0, cut), answer.substring(cut)).seen).as("cut at %d", cut)
                .isEqualTo(whole);
        }
    }

    @Test
    void aMarkerLikeTextInTheMiddleOfProseIsNotAStrayBlock() {
        Recorder r = parse("Use the format x <<<<<<< SEARCH\n<summary>ok</summary>");
        assertThat(r.problems).isEmpty();
    }

    @Test
    void anAnswerWithoutAnyBlockIsAProblemNotACrash() {
        Recorder r = parse("I'm sorry, I can't help with that. <b>bold</b> < not a tag");
        assertThat(r.seen).containsExactly("problem the answer contains no <edit>, <file> or <summary> blocks");
    }

    @Test
    void aFileWithoutPathIsReportedAndSkipped() {
        Recorder r = parse("<file>x</file><file path=\"App.tsx\">y</file>");
        assertThat(r.files).extracting(SourceFile::path).containsExactly("App.tsx");
        assertThat(r.problems).containsExactly("a <file> block has no path attribute; it was ignored");
    }

    @Test
    void randomAnswersMadeOfTagsMarkersAndCodeParseTheSameHoweverTheyAreChunked() {
        String[] tokens = { "<edit path=\"a.ts\">", "<edit path='b.ts'>", "<edit>", "</edit>", "<file path=\"c.ts\">",
                "</file>", "<summary>", "</summary>", "<<<<<<< SEARCH", "<<<<<<<< SEARCH  ", "=======", "=====",
                ">>>>>>> REPLACE", ">>>>>>> REPLACE</edit>", "```tsx", "```", "\n", "\n", "\n", "\r\n", "x = 1;",
                "  <div>{a < b}</div>", "<", ">", "prose " };
        java.util.Random random = new java.util.Random(42);
        for (int round = 0; round < 400; round++) {
            StringBuilder answer = new StringBuilder();
            int length = 5 + random.nextInt(60);
            for (int i = 0; i < length; i++) {
                answer.append(tokens[random.nextInt(tokens.length)]);
            }
            String text = answer.toString();
            List<String> whole = parse(text).seen;
            for (int split = 0; split < 4; split++) {
                List<String> chunks = new ArrayList<>();
                for (int at = 0; at < text.length();) {
                    int next = Math.min(text.length(), at + 1 + random.nextInt(8));
                    chunks.add(text.substring(at, next));
                    at = next;
                }
                assertThat(parse(chunks.toArray(String[]::new)).seen).as("answer %s in %s", text, chunks)
                    .isEqualTo(whole);
            }
            dev.faibric.generation.edit.EditApplier
                .apply(List.of(new SourceFile("a.ts", "x = 1;\n  <div>{a < b}</div>\n")), Answers.change(text));
        }
    }

    @Test
    void theExampleAnswersInTheModifyAndRepairPromptsParseWithoutProblems() throws java.io.IOException {
        for (String prompt : List.of("prompts/modify-v1.md", "prompts/repair-v1.md")) {
            String text = new org.springframework.core.io.ClassPathResource(prompt)
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            String example = text.substring(text.indexOf("<edit path="),
                    text.indexOf("</summary>") + "</summary>".length());
            ChangeSet set = Answers.change(example);
            assertThat(set.problems()).as(prompt).isEmpty();
            assertThat(set.edits()).as(prompt).hasSize(1);
            assertThat(set.files()).as(prompt).hasSize(1);
            assertThat(set.summary()).as(prompt).isNotBlank();
        }
    }

    @Test
    void parsingAWholeAnswerCollectsAChangeSetInStreamOrder() {
        ChangeSet set = Answers.change(ANSWER);
        assertThat(set.changes()).extracting(ChangeSet.Change::path)
            .containsExactly("components/BillForm.tsx", "components/Footer.tsx", "App.tsx");
        assertThat(set.edits()).hasSize(2);
        assertThat(set.files()).hasSize(1);
        assertThat(set.summary()).isEqualTo("Made the button blue, raised the default tip and added a footer.");
        assertThat(set.problems()).isEmpty();
    }

    @Test
    void theCollectorPassesEveryEventToItsDelegate() {
        Recorder delegate = new Recorder();
        ChangeSet.Collector collector = new ChangeSet.Collector(delegate);
        ChangeStreamParser parser = new ChangeStreamParser(collector);
        parser.accept(ANSWER);
        parser.finish();
        assertThat(delegate.seen).isEqualTo(parse(ANSWER).seen);
        assertThat(collector.result().changes()).hasSize(3);
    }

}
