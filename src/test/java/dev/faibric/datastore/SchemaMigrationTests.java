package dev.faibric.datastore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.faibric.data.SchemaChange;
import dev.faibric.support.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An app's storage made and migrated in place from its schema, on H2 and on PostgreSQL:
 * typed columns, unique indexes, added and hidden collections and fields, type changes,
 * and the changes storage refuses.
 */
class SchemaMigrationTests {

    static final String FORUM = """
            {'collections': {
              'posts': {'fields': {
                  'title': {'type': 'text', 'required': true, 'unique': true},
                  'body': {'type': 'longtext'}, 'votes': {'type': 'number', 'default': 0},
                  'solved': {'type': 'boolean'}, 'tag': {'type': 'enum', 'values': ['question', 'idea']},
                  'link': {'type': 'url'}, 'due': {'type': 'datetime'},
                  'topic': {'type': 'reference', 'collection': 'topics'}},
                'indexes': [['tag', 'votes']]},
              'topics': {'fields': {'name': {'type': 'text', 'required': true}}}}}
            """;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFirstSchemaMakesATablePerCollectionWithTypedColumns(TestDatabase database) {
        try (TestApp app = TestApp.on(database)) {
            SchemaChange change = app.apply(FORUM);

            assertThat(change.addedCollections()).containsExactly("posts", "topics");
            assertThat(app.columns("c_posts")).containsExactly(entry("id", "bigint"),
                    entry("created_at", "timestamp with time zone"), entry("updated_at", "timestamp with time zone"),
                    entry("owner_id", "bigint"), entry("f_title", "character varying"),
                    entry("f_body", "character varying"), entry("f_votes", "double precision"),
                    entry("f_solved", "boolean"), entry("f_tag", "character varying"),
                    entry("f_link", "character varying"), entry("f_due", "timestamp with time zone"),
                    entry("f_topic", "bigint"));
            assertThat(app.store.schema(app.id)).contains(TestApp.schema(FORUM));
            assertThat(app.store.counts(app.id)).containsExactly(entry("posts", 0L), entry("topics", 0L));
            assertThat(app.store.hidden(app.id)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void applyingTheSameSchemaAgainChangesNothing(TestDatabase database) {
        try (TestApp app = TestApp.on(database)) {
            app.apply(FORUM);
            app.create("posts", "{'title': 'Hello'}");

            SchemaChange again = app.apply(FORUM);

            assertThat(again.isEmpty()).isTrue();
            assertThat(app.all("posts")).extracting(r -> r.values().get("title")).containsExactly("Hello");
            assertThatThrownBy(() -> app.create("posts", "{'title': 'Hello'}")).isInstanceOf(AppDataException.class)
                .extracting(e -> ((AppDataException) e).kind())
                .isEqualTo(AppDataException.Kind.CONFLICT);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void addedCollectionsAndFieldsMigrateInPlaceAndExistingRowsGetTheDefault(TestDatabase database) {
        try (TestApp app = TestApp.on(database)) {
            app.apply("{'collections': {'posts': {'fields': {'title': {'type': 'text'}}}}}");
            app.create("posts", "{'title': 'Kept'}");

            SchemaChange change = app.apply("""
                    {'collections': {'posts': {'fields': {'title': {'type': 'text'},
                      'votes': {'type': 'number', 'default': 3}, 'note': {'type': 'text'}}},
                     'comments': {'fields': {'text': {'type': 'text'}}}}}""");

            assertThat(change.addedCollections()).containsExactly("comments");
            assertThat(change.addedFields()).containsExactly("posts.votes", "posts.note");
            Row kept = app.all("posts").getFirst();
            assertThat(kept.values()).containsExactly(entry("title", "Kept"), entry("votes", 3.0), entry("note", null));
            assertThat(app.create("comments", "{'text': 'hi'}").values()).containsEntry("text", "hi");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void removedCollectionsAndFieldsAreHiddenNeverDroppedAndComeBackWithTheirData(TestDatabase database) {
        try (TestApp app = TestApp.on(database)) {
            app.apply("""
                    {'collections': {'posts': {'fields': {'title': {'type': 'text'}, 'category': {'type': 'text'}}},
                     'tags': {'fields': {'name': {'type': 'text'}}}}}""");
            app.create("posts", "{'title': 'A', 'category': 'news'}");
            app.create("tags", "{'name': 'java'}");

            SchemaChange change = app.apply("{'collections': {'posts': {'fields': {'title': {'type': 'text'}}}}}");

            assertThat(change.hiddenCollections()).containsExactly("tags");
            assertThat(change.hiddenFields()).containsExactly("posts.category");
            assertThat(app.store.hidden(app.id)).containsExactly("posts.category", "tags");
            assertThat(app.all("posts").getFirst().values()).containsExactly(entry("title", "A"));
            assertThat(app.columns("c_posts")).containsKey("f_category");
            assertThat(app.columns("c_tags")).isNotEmpty();
            assertThatThrownBy(() -> app.all("tags")).isInstanceOf(AppDataException.class)
                .extracting(e -> ((AppDataException) e).kind())
                .isEqualTo(AppDataException.Kind.NOT_FOUND);

            app.apply("""
                    {'collections': {'posts': {'fields': {'title': {'type': 'text'}, 'category': {'type': 'text'}}},
                     'tags': {'fields': {'name': {'type': 'text'}}}}}""");

            assertThat(app.all("posts").getFirst().values()).containsEntry("category", "news");
            assertThat(app.all("tags").getFirst().values()).containsEntry("name", "java");
            assertThat(app.store.hidden(app.id)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTypeChangeKeepsTheOldColumnCopiesWhatConvertsAndIsUndoneWithItsValues(TestDatabase database) {
        try (TestApp app = TestApp.on(database)) {
            app.apply("{'collections': {'items': {'fields': {'name': {'type': 'text'}, 'price': {'type': 'number'},"
                    + " 'kind': {'type': 'enum', 'values': ['a', 'b']}}}}}");
            app.create("items", "{'name': 'Tea', 'price': 4.5, 'kind': 'b'}");

            SchemaChange change = app.apply("{'collections': {'items': {'fields': {'name': {'type': 'longtext'},"
                    + " 'price': {'type': 'text'}, 'kind': {'type': 'text'}}}}}");

            assertThat(change.typeChanges()).extracting(SchemaChange.TypeChange::compatible)
                .containsExactly(true, false, true);
            assertThat(app.all("items").getFirst().values()).containsExactly(entry("name", "Tea"), entry("price", null),
                    entry("kind", "b"));
            assertThat(app.columns("c_items")).containsKeys("r1_name", "r2_price", "r3_kind");

            app.apply("{'collections': {'items': {'fields': {'name': {'type': 'longtext'},"
                    + " 'price': {'type': 'number'}, 'kind': {'type': 'text'}}}}}");

            assertThat(app.all("items").getFirst().values()).containsEntry("price", 4.5);
            assertThat(app.create("items", "{'name': 'Cake', 'price': 3}").values()).containsEntry("price", 3.0);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aNewUniqueFieldThatStoredRowsBreakIsRefusedAndNothingChanges(TestDatabase database) {
        try (TestApp app = TestApp.on(database)) {
            app.apply("{'collections': {'posts': {'fields': {'title': {'type': 'text'}}}}}");
            app.create("posts", "{'title': 'Same'}");
            app.create("posts", "{'title': 'Same'}");

            assertThatThrownBy(() -> app.apply("""
                    {'collections': {'posts': {'fields': {'title': {'type': 'text', 'unique': true}}},
                     'extra': {'fields': {'x': {'type': 'text'}}}}}""")).isInstanceOf(AppDataException.class)
                .hasMessage("posts: rows already stored share the same title, so it cannot be made unique; "
                        + "keep it not unique or change those rows first")
                .extracting(e -> ((AppDataException) e).kind())
                .isEqualTo(AppDataException.Kind.MIGRATION);

            assertThat(app.store.schema(app.id))
                .contains(TestApp.schema("{'collections': {'posts': {'fields': {'title': {'type': 'text'}}}}}"));
            assertThat(app.columns("c_extra")).isEmpty();
            assertThat(app.all("posts")).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void uniqueSetsAndIndexesFollowTheSchema(TestDatabase database) {
        try (TestApp app = TestApp.on(database)) {
            app.apply("{'collections': {'votes': {'fields': {'post': {'type': 'number'}, 'voter': {'type': 'text'}},"
                    + " 'unique': [['post', 'voter']]}}}");
            app.create("votes", "{'post': 1, 'voter': 'ann'}");
            app.create("votes", "{'post': 1, 'voter': 'bob'}");

            assertThatThrownBy(() -> app.create("votes", "{'post': 1, 'voter': 'ann'}"))
                .hasMessage("Another row of votes already has this post and voter");

            app.apply(
                    "{'collections': {'votes': {'fields': {'post': {'type': 'number'}, 'voter': {'type': 'text'}}}}}");

            assertThat(app.create("votes", "{'post': 1, 'voter': 'ann'}").values()).containsEntry("voter", "ann");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void fieldNamesThatDifferOnlyInCaseAreColumnsOfTheirOwn(TestDatabase database) {
        try (TestApp app = TestApp.on(database)) {
            app.apply("{'collections': {'notes': {'fields': {'createdBy': {'type': 'text'},"
                    + " 'createdby': {'type': 'number'}}}}}");

            Row row = app.create("notes", "{'createdBy': 'Ann', 'createdby': 2}");

            assertThat(row.values()).containsExactly(entry("createdBy", "Ann"), entry("createdby", 2.0));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void droppingAnAppsDataDeletesItsSchemaAndRecord(TestDatabase database) {
        try (TestApp app = TestApp.on(database)) {
            app.apply(FORUM);
            app.create("topics", "{'name': 'Java'}");

            app.store.drop(app.id);

            assertThat(app.store.schema(app.id)).isEmpty();
            assertThat(app.store.counts(app.id)).isEmpty();
            assertThat(app.columns("c_topics")).isEmpty();
            assertThat(app.store.usage(app.id)).isEqualTo(DataUsage.NONE);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anEnumValueLongerThanItsColumnIsRefusedBeforeAnythingIsMade(TestDatabase database) {
        try (TestApp app = TestApp.on(database)) {
            String longValue = "x".repeat(201);

            assertThatThrownBy(() -> app.apply("{'collections': {'posts': {'fields': {'tag': {'type': 'enum',"
                    + " 'values': ['" + longValue + "']}}}}}"))
                .hasMessage("posts.tag: an enum value may be at most 200 characters");
            assertThat(app.store.schema(app.id)).isEmpty();
        }
    }

}
