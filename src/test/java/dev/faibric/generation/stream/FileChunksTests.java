package dev.faibric.generation.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.answer.AnswerParser;
import dev.faibric.answer.AppStreamListener;
import dev.faibric.answer.AppStreamParser;
import dev.faibric.answer.ChangeStreamListener;
import dev.faibric.answer.ChangeStreamParser;
import dev.faibric.answer.FileSoFar;
import dev.faibric.project.SourceFile;
import dev.faibric.support.SampleAnswers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The chunks that progress events carry: each file's chunks, in order, are the start of
 * that file and leave only its last few characters to its {@code file} event, whatever
 * the size of the pieces the answer streams in and whatever fences, CRLFs or
 * almost-closing tags it holds.
 */
class FileChunksTests {

    static final String FENCED = "<faibric-app type='tool' title='Fenced'>\n<file path='App.tsx'>\n```tsx\n"
            + SampleAnswers.APP + "```\n</file>\n<file path=\"components/Odd.tsx\">\r\n"
            + "export const odd = (a: number) => a < 2 && '</fil' !== '<file';\r\n\r\n"
            + "export const tag = '<faibric-app>';\r\n</file>\n</faibric-app>";

    /** What a page sees of one file: the chunks of its progress events, then the file. */
    record Seen(List<String> chunks, SourceFile file) {

        String streamed() {
            return String.join("", chunks);
        }

    }

    /**
     * A listener of either parser that sends progress for every piece of the stream (no
     * pacing) and keeps what a page would have seen.
     */
    static final class Page implements AppStreamListener, ChangeStreamListener {

        final FileChunks chunks = new FileChunks(0);

        final Map<String, List<String>> streaming = new LinkedHashMap<>();

        final List<Seen> seen = new ArrayList<>();

        @Override
        public void onFileStarted(String path) {
            chunks.started();
            streaming.put(path, new ArrayList<>());
        }

        @Override
        public void onFileProgress(String path, FileSoFar file) {
            Map<String, Object> fields = chunks.progress(path, file);
            assertThat(fields).isNotNull().containsEntry("path", path);
            streaming.get(path).add((String) fields.get("chunk"));
        }

        @Override
        public void onFile(SourceFile file) {
            seen.add(new Seen(streaming.remove(file.path()), file));
        }

        @Override
        public void onProblem(String message) {
        }

    }

    static List<Seen> stream(String answer, int pieceSize, Function<Page, AnswerParser> parser) {
        Page page = new Page();
        AnswerParser parse = parser.apply(page);
        for (int at = 0; at < answer.length(); at += pieceSize) {
            parse.accept(answer.substring(at, Math.min(answer.length(), at + pieceSize)));
        }
        parse.finish();
        return page.seen;
    }

    @ParameterizedTest(name = "pieces of {0}")
    @ValueSource(ints = { 1, 3, 12, 50, 400 })
    void theChunksOfEachFileAreItsStartAndTheFileEventTheRest(int pieceSize) {
        for (String answer : List.of(SampleAnswers.fiveFileApp(), FENCED)) {
            List<Seen> seen = stream(answer, pieceSize, AppStreamParser::new);
            assertThat(seen).hasSizeGreaterThanOrEqualTo(2);
            for (Seen file : seen) {
                String content = file.file().content();
                assertThat(content).as(file.file().path()).startsWith(file.streamed());
                assertThat(file.streamed() + content.substring(file.streamed().length())).isEqualTo(content);
                if (pieceSize <= 12) {
                    // Only a possible closing tag and the blank end were held back.
                    assertThat(content.length() - file.streamed().length()).as(file.file().path()).isLessThan(20);
                }
            }
        }
    }

    @Test
    void theStoredChunksHoldEachCharacterOnce() {
        List<Seen> seen = stream(SampleAnswers.fiveFileApp(), 5, AppStreamParser::new);
        int streamed = seen.stream().mapToInt(s -> s.streamed().length()).sum();
        int written = seen.stream().mapToInt(s -> s.file().content().length()).sum();
        assertThat(seen).extracting(s -> s.file().path())
            .containsExactly("App.tsx", "components/Header.tsx", "components/BillForm.tsx", "components/Summary.tsx",
                    "components/Footer.tsx");
        assertThat(streamed).isLessThanOrEqualTo(written).isGreaterThan(written * 9 / 10);
    }

    @Test
    void aWholeFileInAChangeStreamsToo() {
        String change = "I rewrote the footer.\n<file path=\"components/Footer.tsx\">\n```tsx\n" + SampleAnswers.FOOTER
                + "```\n</file>\n<summary>Rewrote the footer.</summary>\n";
        for (int pieceSize : new int[] { 1, 7, 64 }) {
            List<Seen> seen = stream(change, pieceSize, ChangeStreamParser::new);
            assertThat(seen).singleElement().satisfies(file -> {
                assertThat(file.file().content()).startsWith(file.streamed()).isEqualTo(SampleAnswers.FOOTER);
                assertThat(file.streamed()).doesNotContain("```");
            });
        }
    }

    /**
     * A parser whose files' progress goes through {@code chunks}; what was sent lands in
     * {@code sent}.
     */
    static AppStreamParser sendingThrough(FileChunks chunks, List<Map<String, Object>> sent) {
        return new AppStreamParser(new AppStreamListener() {
            @Override
            public void onFileStarted(String path) {
                chunks.started();
            }

            @Override
            public void onFileProgress(String path, FileSoFar file) {
                Map<String, Object> fields = chunks.progress(path, file);
                if (fields != null) {
                    sent.add(fields);
                }
            }
        });
    }

    @Test
    void progressStaysPacedAndAChunkIsEverythingSinceTheLastOneSent() {
        List<Map<String, Object>> sent = new ArrayList<>();
        AppStreamParser parser = sendingThrough(new FileChunks(Duration.ofHours(1).toNanos()), sent);
        parser.accept("<file path=\"App.tsx\">\nexport default ");
        parser.accept("function App() {\n");
        assertThat(sent).as("a file's start is its progress until the interval has passed").isEmpty();

        List<Map<String, Object>> eager = new ArrayList<>();
        AppStreamParser again = sendingThrough(new FileChunks(0), eager);
        again.accept("<file path=\"App.tsx\">\nexport default ");
        again.accept("function App() {\n  return <p>hi</p>;\n}\n");
        again.accept("<file path=\"B.tsx\">\nexport const b = 1;\n");
        assertThat(eager).extracting(fields -> fields.get("chunk"))
            .containsExactly("export default", " function App() {\n  return <p>hi</p>;\n}", "export const b = 1;");
        assertThat(eager).extracting(fields -> fields.get("path")).containsExactly("App.tsx", "App.tsx", "B.tsx");
    }

}
