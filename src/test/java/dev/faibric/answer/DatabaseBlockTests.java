package dev.faibric.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.answer.ChangeSet.Write;
import dev.faibric.support.Answers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code <database>} block in both answer formats: a whole app's, and a change's (or
 * a repair's), however the stream is cut.
 */
class DatabaseBlockTests {

    static final String SCHEMA = """
            {"collections": {"posts": {"fields": {"title": {"type": "text", "required": true}}}}}""";

    static final String CHANGE = """
            Adding a solved flag.
            <edit path="App.tsx">
            <<<<<<< SEARCH
            const a = 1;
            =======
            const a = 2;
            >>>>>>> REPLACE
            </edit>
            <database>
            %s
            </database>
            <summary>Posts can be marked solved.</summary>
            """.formatted(SCHEMA);

    @Test
    void aChangeMayCarryANewDataModel() {
        ChangeSet changes = Answers.change(CHANGE);

        assertThat(changes.database()).isEqualTo(SCHEMA);
        assertThat(changes.edits()).hasSize(1);
        assertThat(changes.summary()).isEqualTo("Posts can be marked solved.");
        assertThat(changes.problems()).isEmpty();
    }

    @Test
    void aChangeWithoutOneKeepsTheAppsOwn() {
        assertThat(Answers.change("<edit path=\"App.tsx\">\n<<<<<<< SEARCH\na\n=======\nb\n>>>>>>> REPLACE\n</edit>")
            .database()).isNull();
    }

    @Test
    void aChangeOfTheDataModelAloneIsAChange() {
        ChangeSet changes = Answers.change("<database>" + SCHEMA + "</database><summary>Added posts.</summary>");

        assertThat(changes.isEmpty()).isFalse();
        assertThat(changes.changes()).isEmpty();
        assertThat(changes.database()).isEqualTo(SCHEMA);
    }

    @Test
    void aChangeCutAtEveryPositionReadsTheSameDataModel() {
        ChangeSet whole = Answers.change(CHANGE);
        for (int cut = 0; cut <= CHANGE.length(); cut++) {
            ChangeSet.Collector collector = new ChangeSet.Collector(new ChangeStreamListener() {
            });
            ChangeStreamParser parser = new ChangeStreamParser(collector);
            parser.accept(CHANGE.substring(0, cut));
            parser.accept(CHANGE.substring(cut));
            parser.finish();
            assertThat(collector.result()).as("cut at %d", cut).isEqualTo(whole);
        }
    }

    @Test
    void aDataModelInAFenceIsReadWithoutIt() {
        assertThat(Answers.change("<database>\n```json\n" + SCHEMA + "\n```\n</database>").database())
            .isEqualTo(SCHEMA);
    }

    @Test
    void aDataModelCutOffIsAProblemNotAModel() {
        ChangeSet changes = Answers.change("<database>{\"collections\": {\"posts\"");

        assertThat(changes.database()).isNull();
        assertThat(changes.problems())
            .containsExactly("<database> was cut off before </database> (the answer ended early)");
    }

    @Test
    void aDataModelWithoutItsClosingTagEndsWhereTheNextFileBegins() {
        ChangeSet changes = Answers.change("<database>" + SCHEMA + "\n<file path=\"a.ts\">\nx\n</file>");

        assertThat(changes.database()).isEqualTo(SCHEMA);
        assertThat(changes.changes()).singleElement().isInstanceOf(Write.class);
        assertThat(changes.problems())
            .containsExactly("<database> had no </database>; it was closed where the next block began");
    }

    @Test
    void aWholeAppsDataModelIsOneOfItsSections() {
        String answer = "<faibric-app type=\"webapp\" title=\"Forum\" requires_backend=\"true\">\n"
                + "<file path=\"App.tsx\">\nexport default 1;\n</file>\n<database>\n" + SCHEMA
                + "\n</database>\n</faibric-app>";
        List<String> chunks = new ArrayList<>();
        for (int i = 0; i < answer.length(); i += 7) {
            chunks.add(answer.substring(i, Math.min(answer.length(), i + 7)));
        }

        AppStreamParserTests.Recorder recorder = AppStreamParserTests.parse(chunks.toArray(String[]::new));

        assertThat(recorder.seen).contains("app {type=webapp, title=Forum, requires_backend=true}",
                "section database " + SCHEMA);
        assertThat(recorder.seen).noneMatch(seen -> seen.startsWith("problem"));
    }

}
