package dev.faibric.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AppSchemaTests {

    @Test
    void parsesTheExample() {
        AppSchema schema = Schemas.example();
        assertThat(schema.collections()).extracting(Collection::name).containsExactly("posts", "topics");
        Collection posts = schema.collection("posts").orElseThrow();
        assertThat(posts.fields()).extracting(Field::name)
            .containsExactly("title", "body", "votes", "solved", "tag", "link", "due", "topic");
        assertThat(posts.fields()).extracting(Field::type)
            .containsExactly(FieldType.TEXT, FieldType.LONGTEXT, FieldType.NUMBER, FieldType.BOOLEAN, FieldType.ENUM,
                    FieldType.URL, FieldType.DATETIME, FieldType.REFERENCE);
        Field title = posts.field("title").orElseThrow();
        assertThat(title.required()).isTrue();
        assertThat(title.maxLength()).isEqualTo(200);
        assertThat(posts.field("body").orElseThrow().maxLength()).isEqualTo(100_000);
        assertThat(posts.field("votes").orElseThrow().defaultValue()).isEqualTo(0L);
        assertThat(posts.field("votes").orElseThrow().min()).isEqualTo(0.0);
        assertThat(posts.field("solved").orElseThrow().defaultValue()).isEqualTo(false);
        assertThat(posts.field("tag").orElseThrow().values()).containsExactly("question", "idea");
        assertThat(posts.field("tag").orElseThrow().defaultValue()).isEqualTo("question");
        assertThat(posts.field("topic").orElseThrow().collection()).isEqualTo("topics");
        assertThat(posts.unique()).containsExactly(java.util.List.of("title"));
        assertThat(posts.indexes()).containsExactly(java.util.List.of("tag", "votes"));
        assertThat(posts.access()).isEqualTo(Access.DEFAULT);
        Access topics = schema.collection("topics").orElseThrow().access();
        assertThat(topics).isEqualTo(new Access(Access.Rule.PUBLIC, Access.Rule.PUBLIC, Access.Rule.ADMIN,
                Access.Rule.OWNER, Access.Rule.OWNER));
    }

    @Test
    void roundTripsThroughTheCanonicalJson() {
        AppSchema schema = Schemas.example();
        String json = schema.toJson();
        AppSchema again = AppSchema.parse(json).orThrow();
        assertThat(again).isEqualTo(schema);
        assertThat(again.toJson()).isEqualTo(json);
        assertThat(json).contains("\"votes\" : {").doesNotContain("200.0");
    }

    @Test
    void describesItselfToAModelInAFewLines() {
        String description = Schemas.example().describe();
        assertThat(description.lines()).hasSize(3);
        assertThat(description)
            .contains("- posts: title text max 200 required; body longtext; votes number min 0"
                    + " default 0; solved boolean default false; tag enum(question|idea) default \"question\"")
            .contains("topic reference to topics; unique (title). Access: list public, read public,"
                    + " create signed-in, update owner, delete owner.")
            .contains("- topics: name text required. Access: list public, read public, create admin");
    }

    @Test
    void answersMalformedJsonAsAProblem() {
        Outcome<AppSchema> outcome = AppSchema.parse("{\"collections\": ");
        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.texts()).singleElement().asString().startsWith("schema: not valid JSON: ");
        assertThat(AppSchema.parse("").texts()).singleElement().asString().startsWith("schema: ");
    }

    @Test
    void refusesADuplicateKeyAsMalformedRatherThanKeepingTheLastOne() {
        String json = Schemas.posts("'title': {'type': 'text'}, 'title': {'type': 'number'}");
        assertThat(AppSchema.parse(json).texts()).singleElement()
            .asString()
            .startsWith("schema: not valid JSON: ")
            .contains("title");
    }

    @Test
    void refusesMoreThan30CollectionsAnd60Fields() {
        String collections = IntStream.range(0, 31)
            .mapToObj(i -> "\"c" + i + "\": {\"fields\": {\"name\": {\"type\": \"text\"}}}")
            .collect(Collectors.joining(","));
        assertThat(AppSchema.parse("{\"collections\": {" + collections + "}}").texts())
            .containsExactly("schema: has 31 collections; at most 30 are allowed");
        String fields = IntStream.range(0, 61)
            .mapToObj(i -> "'f" + i + "': {'type': 'text'}")
            .collect(Collectors.joining(","));
        assertThat(AppSchema.parse(Schemas.posts(fields)).texts())
            .containsExactly("posts: has 61 fields; at most 60 are allowed");
    }

    @Test
    void findsEveryProblemAtOnce() {
        String json = Schemas.posts("'Title': {'type': 'text'}, 'votes': {'type': 'number', 'requried': true},"
                + " 'tag': {'type': 'enum'}, 'id': {'type': 'text'}");
        assertThat(AppSchema.parse(json).texts()).hasSize(4);
    }

    @Test
    void acceptsServerFieldsInIndexesAndUniqueSets() {
        String json = "{\"collections\": {\"profiles\": {\"fields\": {\"bio\": {\"type\": \"text\"}},"
                + " \"unique\": [[\"owner\"]], \"indexes\": [[\"createdAt\"]]}}}";
        assertThat(AppSchema.parse(json).problems()).isEmpty();
    }

}
