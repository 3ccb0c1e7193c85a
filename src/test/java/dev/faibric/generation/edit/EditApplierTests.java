package dev.faibric.generation.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.faibric.answer.ChangeSet;
import dev.faibric.answer.FileEdit;
import dev.faibric.answer.SearchReplace;
import dev.faibric.generation.edit.EditOutcome.EditFailure;
import dev.faibric.generation.edit.EditOutcome.FileOutcome;
import dev.faibric.generation.edit.EditOutcome.MatchKind;
import dev.faibric.generation.edit.EditOutcome.Reason;
import dev.faibric.project.SourceFile;
import dev.faibric.support.Answers;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditApplierTests {

    static final String FORM = """
            import { useState } from 'react';

            export default function BillForm() {
              const [tip, setTip] = useState(15);
              return (
                <form>
                  <label>
                    Tip
                    <input value={tip} onChange={e => setTip(Number(e.target.value))} />
                  </label>
                  <button style={{ background: '#0f766e' }}>Split</button>
                </form>
              );
            }
            """;

    static final List<SourceFile> APP = List.of(new SourceFile("App.tsx",
            "import BillForm from './components/BillForm';\nexport default function App() { return <BillForm />; }\n"),
            new SourceFile("components/BillForm.tsx", FORM));

    static SearchReplace block(String search, String replace) {
        return new SearchReplace(search, replace);
    }

    static EditOutcome edit(String path, SearchReplace... blocks) {
        return EditApplier.apply(APP, List.of(new FileEdit(path, List.of(blocks))));
    }

    static String content(EditOutcome outcome, String path) {
        return outcome.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().content();
    }

    static BlockPlacer.Applied applied(String content, String search, String replace) {
        return (BlockPlacer.Applied) BlockPlacer.place("f.tsx", content, block(search, replace));
    }

    static BlockPlacer.Failed failed(String content, String search, String replace) {
        return (BlockPlacer.Failed) BlockPlacer.place("f.tsx", content, block(search, replace));
    }

    @Test
    void anExactMatchReplacesTheSearchedLinesAndNothingElse() {
        EditOutcome outcome = edit("components/BillForm.tsx",
                block("      <button style={{ background: '#0f766e' }}>Split</button>\n",
                        "      <button style={{ background: '#1d4ed8' }}>Split</button>\n"));

        assertThat(outcome.allApplied()).isTrue();
        assertThat(content(outcome, "components/BillForm.tsx")).isEqualTo(FORM.replace("#0f766e", "#1d4ed8"));
        assertThat(content(outcome, "App.tsx")).isEqualTo(APP.getFirst().content());
        assertThat(outcome.outcomes()).containsExactly(new FileOutcome("components/BillForm.tsx", true, false, false,
                List.of(MatchKind.EXACT), List.of(), null));
        assertThat(outcome.changedPaths()).containsExactly("components/BillForm.tsx");
        assertThat(outcome.files()).extracting(SourceFile::path).containsExactly("App.tsx", "components/BillForm.tsx");
    }

    @Test
    void severalBlocksInOneEditApplyInOrderEachToThePreviousResult() {
        EditOutcome outcome = edit("components/BillForm.tsx",
                block("  const [tip, setTip] = useState(15);\n",
                        "  const [tip, setTip] = useState(18);\n  const [people, setPeople] = useState(2);\n"),
                block("  const [people, setPeople] = useState(2);\n", "  const [people, setPeople] = useState(4);\n"),
                block("Split</button>\n", "Split {people} ways</button>\n"));

        assertThat(outcome.allApplied()).isTrue();
        assertThat(content(outcome, "components/BillForm.tsx"))
            .contains("useState(18);\n  const [people, setPeople] = useState(4);\n  return (")
            .contains("<button style={{ background: '#0f766e' }}>Split {people} ways</button>");
        assertThat(outcome.outcomes().getFirst().matches()).containsExactly(MatchKind.EXACT, MatchKind.EXACT,
                MatchKind.WITHIN_LINE);
    }

    @Test
    void aSearchWithLessIndentationIsFoundAndTheReplacementIsReindentedByTheSameDelta() {
        EditOutcome outcome = edit("components/BillForm.tsx", block("""
                <label>
                  Tip
                  <input value={tip} onChange={e => setTip(Number(e.target.value))} />
                </label>
                """, """
                <label style={{ display: 'grid', gap: 4 }}>
                  Tip (%)
                  <input value={tip} onChange={e => setTip(Number(e.target.value))} />
                </label>
                <p>{tip}%</p>
                """));

        assertThat(outcome.outcomes().getFirst().matches()).containsExactly(MatchKind.WHITESPACE);
        assertThat(content(outcome, "components/BillForm.tsx"))
            .contains("" + "    <form>\n" + "      <label style={{ display: 'grid', gap: 4 }}>\n" + "        Tip (%)\n"
                    + "        <input value={tip} onChange={e => setTip(Number(e.target.value))} />\n"
                    + "      </label>\n" + "      <p>{tip}%</p>\n" + "      <button style");
    }

    @Test
    void aSearchWithMoreIndentationIsFoundAndTheReplacementIsDedented() {
        String file = "function f() {\n  if (x) {\n    go();\n  }\n}\n";
        BlockPlacer.Applied result = applied(file, "        if (x) {\n          go();\n        }\n",
                "        if (x && y) {\n          go();\n          stop();\n        }\n");
        assertThat(result.kind()).isEqualTo(MatchKind.WHITESPACE);
        assertThat(result.content()).isEqualTo("function f() {\n  if (x && y) {\n    go();\n    stop();\n  }\n}\n");
    }

    @Test
    void trailingWhitespaceAndBlankLineDifferencesAreTolerated() {
        String file = "const a = 1;   \n\n\nconst b = 2;\nconst c = 3;\n";
        BlockPlacer.Applied result = applied(file, "const a = 1;\nconst b = 2;\n", "const a = 10;\nconst b = 20;\n");
        assertThat(result.kind()).isEqualTo(MatchKind.WHITESPACE);
        assertThat(result.content()).isEqualTo("const a = 10;\nconst b = 20;\nconst c = 3;\n");
    }

    @Test
    void blankLinesAroundTheSearchAreNotAddedAgainByTheReplacement() {
        String file = "a();\nb();\nc();\n";
        BlockPlacer.Applied result = applied(file, "\nb();\n\n", "\nbb();\n\n");
        assertThat(result.content()).isEqualTo("a();\nbb();\nc();\n");
    }

    @Test
    void aCrlfFileIsMatchedAndKeepsItsLineEnds() {
        String file = "line one\r\n  line two\r\nline three\r\n";
        assertThat(applied(file, "  line two\n", "  line 2\n").content())
            .isEqualTo("line one\r\n  line 2\r\nline three\r\n");
        assertThat(applied(file, "line two\r\n", "line 2\r\n").content())
            .isEqualTo("line one\r\n  line 2\r\nline three\r\n");
    }

    @Test
    void aTabIndentedFileEditedWithSpacesGetsTabs() {
        String file = "function f() {\n\tif (x) {\n\t\tgo();\n\t}\n}\n";
        BlockPlacer.Applied result = applied(file, "  if (x) {\n    go();\n  }\n",
                "  if (x) {\n    go();\n    stop();\n  }\n");
        assertThat(result.kind()).isEqualTo(MatchKind.WHITESPACE);
        assertThat(result.content()).isEqualTo("function f() {\n\tif (x) {\n\t\tgo();\n\t\tstop();\n\t}\n}\n");
    }

    @Test
    void aSpaceIndentedFileEditedWithTabsGetsSpaces() {
        String file = "function f() {\n    if (x) {\n        go();\n    }\n}\n";
        BlockPlacer.Applied result = applied(file, "\tif (x) {\n\t\tgo();\n\t}\n",
                "\tif (x) {\n\t\tgo();\n\t\tstop();\n\t}\n");
        assertThat(result.content())
            .isEqualTo("function f() {\n    if (x) {\n        go();\n        stop();\n    }\n}\n");
    }

    @Test
    void aSearchMatchingSeveralPlacesExactlyIsAmbiguous() {
        String file = "<li>One</li>\n<li>Two</li>\n<li>One</li>\n";
        BlockPlacer.Failed result = failed(file, "<li>One</li>\n", "<li>Uno</li>\n");
        assertThat(result.reason()).isEqualTo(Reason.AMBIGUOUS);
        assertThat(result.message()).isEqualTo(
                "SEARCH text matches 2 places in f.tsx; include more surrounding lines to make it unique: <li>One</li>");
    }

    @Test
    void aSearchMatchingSeveralPlacesOnlyWhenWhitespaceIsIgnoredIsAmbiguous() {
        String file = "  x();\n    x();\n";
        assertThat(failed(file, "x();\n", "y();\n").reason()).isEqualTo(Reason.AMBIGUOUS);
    }

    @Test
    void aUniqueExactMatchWinsOverSeveralWhitespaceTolerantOnes() {
        String file = "  x();\n    x();\n";
        BlockPlacer.Applied result = applied(file, "    x();\n", "    y();\n");
        assertThat(result.kind()).isEqualTo(MatchKind.EXACT);
        assertThat(result.content()).isEqualTo("  x();\n    y();\n");
    }

    @Test
    void aSearchThatIsNotThereIsReportedWithItsFirstLine() {
        EditOutcome outcome = edit("components/BillForm.tsx",
                block("  const [tip, setTip] = useState(15);\n", "  const [tip, setTip] = useState(18);\n"),
                block("      <button type=\"submit\">\n        Split\n", "      <button>\n"));

        assertThat(outcome.allApplied()).isFalse();
        assertThat(outcome.failedPaths()).containsExactly("components/BillForm.tsx");
        EditFailure failure = outcome.failures().getFirst();
        assertThat(failure.block()).isEqualTo(2);
        assertThat(failure.reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(failure.message())
            .isEqualTo("SEARCH text not found in components/BillForm.tsx: <button type=\"submit\">…");
        // A file whose edits did not all apply keeps its previous content; the partial
        // result is kept aside.
        assertThat(content(outcome, "components/BillForm.tsx")).isEqualTo(FORM);
        assertThat(outcome.outcomes().getFirst().attemptedContent()).contains("useState(18)");
        assertThat(outcome.changedPaths()).isEmpty();
    }

    @Test
    void aFailedFileDoesNotStopTheOtherFilesFromChanging() {
        EditOutcome outcome = EditApplier.apply(APP, List.of(
                new FileEdit("components/BillForm.tsx", List.of(block("nothing like this\n", "x\n"))),
                new FileEdit("App.tsx", List.of(block("return <BillForm />;", "return <main><BillForm /></main>;")))));

        assertThat(outcome.failedPaths()).containsExactly("components/BillForm.tsx");
        assertThat(outcome.changedPaths()).containsExactly("App.tsx");
        assertThat(content(outcome, "App.tsx")).contains("return <main><BillForm /></main>;");
    }

    @Test
    void aFragmentOfALineIsReplacedWhenItIsUnique() {
        BlockPlacer.Applied result = applied(FORM, "background: '#0f766e'", "background: '#1d4ed8'");
        assertThat(result.kind()).isEqualTo(MatchKind.WITHIN_LINE);
        assertThat(result.content()).isEqualTo(FORM.replace("#0f766e", "#1d4ed8"));
        assertThat(failed(FORM, "tip", "x").reason()).isEqualTo(Reason.AMBIGUOUS);
    }

    @Test
    void anEmptySearchOnAMissingFileCreatesIt() {
        EditOutcome outcome = edit("components/Footer.tsx",
                block("", "export default function Footer() { return null; }\n"));

        assertThat(outcome.allApplied()).isTrue();
        assertThat(outcome.files()).extracting(SourceFile::path)
            .containsExactly("App.tsx", "components/BillForm.tsx", "components/Footer.tsx");
        assertThat(outcome.outcomes().getFirst()).isEqualTo(new FileOutcome("components/Footer.tsx", true, true, false,
                List.of(MatchKind.NEW_FILE), List.of(), null));
    }

    @Test
    void anEmptySearchOnAnExistingFileIsRefused() {
        EditOutcome outcome = edit("App.tsx", block("", "export default 1;\n"));
        assertThat(outcome.failures()).extracting(EditFailure::reason).containsExactly(Reason.EMPTY_SEARCH);
        assertThat(content(outcome, "App.tsx")).isEqualTo(APP.getFirst().content());
    }

    @Test
    void editingAMissingFileIsReportedAndCreatesNothing() {
        EditOutcome outcome = edit("components/Nope.tsx", block("a\n", "b\n"));
        assertThat(outcome.failures()).extracting(EditFailure::reason).containsExactly(Reason.NO_SUCH_FILE);
        assertThat(outcome.failedPaths()).containsExactly("components/Nope.tsx");
        assertThat(outcome.files()).hasSize(2);
    }

    @Test
    void aNewFileFromAFileBlockIsAddedAndAnExistingOneIsRewritten() {
        EditOutcome outcome = EditApplier.apply(APP, List.of(
                new ChangeSet.Write(
                        new SourceFile("components/Footer.tsx", "export default function Footer() { return null; }\n")),
                new ChangeSet.Write(new SourceFile("App.tsx", "export default function App() { return null; }\n"))));

        assertThat(outcome.allApplied()).isTrue();
        assertThat(outcome.files()).containsExactly(
                new SourceFile("App.tsx", "export default function App() { return null; }\n"),
                new SourceFile("components/BillForm.tsx", FORM),
                new SourceFile("components/Footer.tsx", "export default function Footer() { return null; }\n"));
        assertThat(outcome.outcomes()).extracting(FileOutcome::path, FileOutcome::created, FileOutcome::rewritten)
            .containsExactly(tuple("components/Footer.tsx", true, false), tuple("App.tsx", false, true));
    }

    @Test
    void aWholeFileWrittenAfterAFailedEditOfTheSameFileSupersedesIt() {
        EditOutcome outcome = EditApplier.apply(APP,
                List.of(new FileEdit("App.tsx", List.of(block("not there\n", "x\n"))),
                        new ChangeSet.Write(new SourceFile("App.tsx", "export default 2;\n"))));
        assertThat(outcome.allApplied()).isTrue();
        assertThat(content(outcome, "App.tsx")).isEqualTo("export default 2;\n");
    }

    @Test
    void aFileWithAnUnsafePathIsRefused() {
        EditOutcome outcome = EditApplier.apply(APP, List.of(new ChangeSet.Write(new SourceFile("../evil.tsx", "x\n")),
                new FileEdit("lib/run.sh", List.of(block("", "rm -rf /\n")))));
        assertThat(outcome.failures()).extracting(EditFailure::reason)
            .containsExactly(Reason.INVALID_PATH, Reason.INVALID_PATH);
        assertThat(outcome.files()).hasSize(2);
    }

    @Test
    void aPathWithALeadingSlashDotSlashOrSrcMeansTheExistingFile() {
        for (String path : List.of("/components/BillForm.tsx", "./components/BillForm.tsx",
                "src/components/BillForm.tsx")) {
            EditOutcome outcome = edit(path,
                    block("  const [tip, setTip] = useState(15);\n", "  const [tip, setTip] = useState(20);\n"));
            assertThat(outcome.changedPaths()).as(path).containsExactly("components/BillForm.tsx");
            assertThat(content(outcome, "components/BillForm.tsx")).as(path).contains("useState(20)");
        }
    }

    @Test
    void aFileWithoutFinalNewlineKeepsThatShape() {
        assertThat(applied("a\nb", "b\n", "c\n").content()).isEqualTo("a\nc");
        assertThat(applied("a\nb\n", "a\n", "").content()).isEqualTo("b\n");
    }

    @Test
    void aParsedAnswerAppliesEndToEnd() {
        String answer = """
                I'll make the button blue and add a footer.
                <edit path="components/BillForm.tsx">
                <<<<<<< SEARCH
                    <button style={{ background: '#0f766e' }}>Split</button>
                =======
                    <button style={{ background: '#1d4ed8' }}>Split</button>
                >>>>>>> REPLACE
                </edit>
                <edit path="App.tsx">
                <<<<<<< SEARCH
                import BillForm from './components/BillForm';
                =======
                import BillForm from './components/BillForm';
                import Footer from './components/Footer';
                >>>>>>> REPLACE
                <<<<<<< SEARCH
                export default function App() { return <BillForm />; }
                =======
                export default function App() { return <><BillForm /><Footer /></>; }
                >>>>>>> REPLACE
                </edit>
                <file path="components/Footer.tsx">
                export default function Footer() { return <footer>Thanks</footer>; }
                </file>
                <summary>Made the button blue and added a footer.</summary>
                """;
        ChangeSet changes = Answers.change(answer);
        EditOutcome outcome = EditApplier.apply(APP, changes);

        assertThat(outcome.allApplied()).isTrue();
        assertThat(content(outcome, "components/BillForm.tsx")).isEqualTo(FORM.replace("#0f766e", "#1d4ed8"));
        assertThat(content(outcome, "App.tsx"))
            .isEqualTo("import BillForm from './components/BillForm';\n" + "import Footer from './components/Footer';\n"
                    + "export default function App() { return <><BillForm /><Footer /></>; }\n");
        assertThat(outcome.files()).extracting(SourceFile::path)
            .containsExactly("App.tsx", "components/BillForm.tsx", "components/Footer.tsx");
        assertThat(changes.summary()).isEqualTo("Made the button blue and added a footer.");
    }

}
