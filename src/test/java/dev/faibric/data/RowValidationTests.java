package dev.faibric.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RowValidationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Collection posts = Schemas.example().collection("posts").orElseThrow();

    private static JsonNode body(String json) {
        return JSON.readTree(json.replace('\'', '"'));
    }

    private Outcome<Map<String, @Nullable Object>> create(String json) {
        return this.posts.validateWrite(body(json), false);
    }

    @Test
    void normalisesEveryTypeOnCreate() {
        Map<String, @Nullable Object> row = create("""
                {'title': 'Why?', 'body': 'Line one\\n\\tindented', 'votes': 2.5, 'solved': true, 'tag': 'idea',
                 'link': 'https://example.com/a?b=c', 'due': '2026-03-01T14:00:00+01:00', 'topic': 7}
                """).orThrow();
        assertThat(row).containsExactly(entry("title", "Why?"), entry("body", "Line one\n\tindented"),
                entry("votes", 2.5), entry("solved", true), entry("tag", "idea"),
                entry("link", "https://example.com/a?b=c"), entry("due", "2026-03-01T13:00:00Z"), entry("topic", 7L));
    }

    @Test
    void appliesDefaultsOnCreateAndLeavesOtherOptionalFieldsOut() {
        assertThat(create("{'title': 'Hello', 'votes': 3}").orThrow()).containsExactly(entry("title", "Hello"),
                entry("votes", 3L), entry("solved", false), entry("tag", "question"));
    }

    @Test
    void needsRequiredFieldsOnCreate() {
        assertThat(create("{'votes': 1}").texts()).containsExactly("\"title\" is required");
        assertThat(create("{'title': null}").texts()).containsExactly("\"title\" is required");
    }

    @Test
    void checksOnlyTheFieldsSentInAPartialUpdateAndAppliesNoDefaults() {
        assertThat(this.posts.validateWrite(body("{'votes': 4}"), true).orThrow()).containsExactly(entry("votes", 4L));
        assertThat(this.posts.validateWrite(body("{}"), true).orThrow()).isEmpty();
    }

    @Test
    void aPartialUpdateCannotClearARequiredFieldButMayClearAnOptionalOne() {
        assertThat(this.posts.validateWrite(body("{'title': null}"), true).texts())
            .containsExactly("\"title\" is required");
        assertThat(this.posts.validateWrite(body("{'link': null}"), true).orThrow()).containsEntry("link", null);
    }

    @Test
    void allowsTabAndNewlineButNoOtherControlCharacter() {
        assertThat(create("{'title': 'a\\tb\\nc'}").ok()).isTrue();
        assertThat(create("{'title': 'a\\rb'}").texts())
            .containsExactly("\"title\" must not contain control characters other than tab and newline");
    }

    @Test
    void namesEveryProblemOfABodyAtOnce() {
        assertThat(create("{'id': 3, 'votes': -2, 'tag': 'bug', 'colour': 'red'}").texts()).containsExactly(
                "\"id\" is set by the server; do not send it",
                "\"colour\" is not a field of posts; its fields are title, body, votes, solved, tag, link, due, topic",
                "\"title\" is required", "\"votes\" must be at least 0", "\"tag\" must be one of: question, idea");
    }

    @Test
    void refusesABodyThatIsNotAnObject() {
        assertThat(create("[{'title': 'x'}]").problems())
            .containsExactly(new Problem("body", "the body must be a JSON object of field values"));
        assertThat(create("'title'").texts()).containsExactly("the body must be a JSON object of field values");
    }

    @Test
    void limitsLongtextTo100000CharactersByDefault() {
        String ok = "x".repeat(100_000);
        assertThat(create("{'title': 't', 'body': '" + ok + "'}").ok()).isTrue();
        assertThat(create("{'title': 't', 'body': '" + ok + "y'}").texts())
            .containsExactly("\"body\" must be at most 100000 characters (it has 100001)");
    }

    @Test
    void limitsTextTo1000CharactersByDefaultCountingCharactersNotUnits() {
        Collection notes = AppSchema.parse(Schemas.posts("'note': {'type': 'text'}")).orThrow().collections().get(0);
        assertThat(notes.validateWrite(body("{'note': '" + "é".repeat(1000) + "'}"), false).ok()).isTrue();
        assertThat(notes.validateWrite(body("{'note': '" + "😀".repeat(1000) + "'}"), false).ok()).isTrue();
        assertThat(notes.validateWrite(body("{'note': '" + "x".repeat(1001) + "'}"), false).texts())
            .containsExactly("\"note\" must be at most 1000 characters (it has 1001)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~',
            textBlock = """
                    {'votes': '3'}  ~  "votes" must be a number
                    {'votes': -1}  ~  "votes" must be at least 0
                    {'votes': 1e400}  ~  "votes" must be a finite number
                    {'votes': true}  ~  "votes" must be a number
                    {'title': 42}  ~  "title" must be a string
                    {'title': 'TOO_LONG'}  ~  "title" must be at most 200 characters (it has 201)
                    {'body': ['a']}  ~  "body" must be a string
                    {'solved': 'true'}  ~  "solved" must be true or false
                    {'solved': 1}  ~  "solved" must be true or false
                    {'tag': 'bug'}  ~  "tag" must be one of: question, idea
                    {'tag': 'Idea'}  ~  "tag" must be one of: question, idea
                    {'link': 'ftp://example.com/file'}  ~  "link" must be an http or https URL
                    {'link': 'javascript:alert(1)'}  ~  "link" must be an http or https URL
                    {'link': 'not a url'}  ~  "link" must be an http or https URL
                    {'link': 'https://'}  ~  "link" must be an http or https URL
                    {'link': 'LONG_URL'}  ~  "link" must be at most 2000 characters (it has 2001)
                    {'due': 'tomorrow'}  ~  "due" must be an ISO-8601 date-time such as 2026-03-01T12:00:00Z
                    {'due': '2026-03-01'}  ~  "due" must be an ISO-8601 date-time such as 2026-03-01T12:00:00Z
                    {'due': 1767225600}  ~  "due" must be an ISO-8601 date-time such as 2026-03-01T12:00:00Z
                    {'topic': 0}  ~  "topic" must be the id of a row in topics (a positive integer)
                    {'topic': '1'}  ~  "topic" must be the id of a row in topics (a positive integer)
                    {'topic': 1.5}  ~  "topic" must be the id of a row in topics (a positive integer)
                    {'id': 5}  ~  "id" is set by the server; do not send it
                    {'owner': 'someone'}  ~  "owner" is set by the server; do not send it
                    {'createdAt': '2026-01-01T00:00:00Z'}  ~  "createdAt" is set by the server; do not send it
                    {'updatedAt': '2026-01-01T00:00:00Z'}  ~  "updatedAt" is set by the server; do not send it
                    {'titel': 'x'}  ~  "titel" is not a field of posts; its fields are title, body, votes, solved, tag, link, due, topic
                    """)
    void namesTheProblemWithAField(String json, String expected) {
        String sent = json.replace("TOO_LONG", "x".repeat(201))
            .replace("LONG_URL", "https://example.com/" + "a".repeat(2001 - 20));
        Outcome<Map<String, @Nullable Object>> outcome = this.posts.validateWrite(body(sent), true);
        assertThat(expected).as("the CSV keeps the quotes").startsWith("\"");
        assertThat(outcome.texts()).containsExactly(expected);
        assertThat(outcome.problems().get(0).at()).isEqualTo(json.substring(2, json.indexOf('\'', 2)));
    }

}
