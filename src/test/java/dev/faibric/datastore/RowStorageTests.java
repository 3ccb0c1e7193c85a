package dev.faibric.datastore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.faibric.support.Api;
import dev.faibric.support.TestDatabase;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.util.unit.DataSize;

/**
 * Rows created, read, changed and deleted, on H2 and on PostgreSQL: values typed as the
 * schema says, every write checked against it, unique values, and the rows and bytes each
 * app may keep.
 */
class RowStorageTests {

    static final String POSTS = """
            {'collections': {'posts': {'fields': {
              'title': {'type': 'text', 'required': true}, 'votes': {'type': 'number', 'default': 0},
              'solved': {'type': 'boolean'}, 'due': {'type': 'datetime'},
              'topic': {'type': 'reference', 'collection': 'posts'}, 'slug': {'type': 'text', 'unique': true}}}}}
            """;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRowIsCreatedReadChangedAndDeletedWithTypedValues(TestDatabase database) {
        try (TestApp app = TestApp.on(database)) {
            app.apply(POSTS);
            Instant before = Instant.now().minusSeconds(1);

            Row created = app.create("posts",
                    "{'title': 'Hello 👋', 'solved': true, 'due': '2026-03-01T12:00:00+02:00', 'topic': 7}", 42);

            assertThat(created.id()).isPositive();
            assertThat(created.owner()).isEqualTo(42L);
            assertThat(created.createdAt()).isAfter(before).isEqualTo(created.updatedAt());
            assertThat(created.values()).containsExactly(entry("title", "Hello 👋"), entry("votes", 0.0),
                    entry("solved", true), entry("due", Instant.parse("2026-03-01T10:00:00Z")), entry("topic", 7L),
                    entry("slug", null));
            assertThat(app.store.get(app.id, "posts", created.id())).contains(created);
            assertThat(app.create("posts", "{'title': 'By nobody'}").owner()).isNull();

            Row changed = app.store
                .update(app.id, "posts", created.id(), Api.JSON.readTree("{\"votes\": 2.5, \"due\": null}"))
                .orElseThrow();

            assertThat(changed.values()).containsEntry("votes", 2.5)
                .containsEntry("due", null)
                .containsEntry("title", "Hello 👋");
            assertThat(changed.updatedAt()).isAfterOrEqualTo(created.updatedAt());
            assertThat(changed.createdAt()).isEqualTo(created.createdAt());
            assertThat(app.store.delete(app.id, "posts", created.id())).contains(changed);
            assertThat(app.store.get(app.id, "posts", created.id())).isEmpty();
            assertThat(app.store.delete(app.id, "posts", created.id())).isEmpty();
            assertThat(app.store.update(app.id, "posts", created.id(), Api.JSON.readTree("{}"))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aWriteThatDoesNotFitTheSchemaIsRefusedNamingEveryProblemAndNothingIsStored(TestDatabase database) {
        try (TestApp app = TestApp.on(database)) {
            app.apply(POSTS);

            assertThatThrownBy(() -> app.create("posts", "{'votes': 'many', 'id': 3, 'color': 'red'}"))
                .isInstanceOf(AppDataException.class)
                .hasMessageContaining("\"id\" is set by the server")
                .hasMessageContaining("\"color\" is not a field of posts")
                .hasMessageContaining("\"title\" is required")
                .hasMessageContaining("\"votes\" must be a number")
                .extracting(e -> ((AppDataException) e).kind())
                .isEqualTo(AppDataException.Kind.INVALID);
            assertThatThrownBy(() -> app.create("posts", "[1, 2]")).hasMessageContaining("must be a JSON object");
            assertThat(app.all("posts")).isEmpty();
            assertThat(app.store.usage(app.id)).isEqualTo(DataUsage.NONE);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTakenUniqueValueIsAConflictNamingTheField(TestDatabase database) {
        try (TestApp app = TestApp.on(database)) {
            app.apply(POSTS);
            app.create("posts", "{'title': 'A', 'slug': 'a'}");
            Row other = app.create("posts", "{'title': 'B', 'slug': 'b'}");

            assertThatThrownBy(() -> app.create("posts", "{'title': 'C', 'slug': 'a'}"))
                .hasMessage("Another row of posts already has this slug")
                .extracting(e -> ((AppDataException) e).kind())
                .isEqualTo(AppDataException.Kind.CONFLICT);
            assertThatThrownBy(
                    () -> app.store.update(app.id, "posts", other.id(), Api.JSON.readTree("{\"slug\": \"a\"}")))
                .hasMessage("Another row of posts already has this slug");
            assertThat(app.all("posts")).hasSize(2);
            assertThat(app.store.usage(app.id).rows()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUnknownCollectionOrAnAppWithoutDataIsNotFound(TestDatabase database) {
        try (TestApp app = TestApp.on(database)) {
            assertThatThrownBy(() -> app.all("posts")).hasMessage("This app has no data model")
                .extracting(e -> ((AppDataException) e).kind())
                .isEqualTo(AppDataException.Kind.NOT_FOUND);
            app.apply(POSTS);
            assertThatThrownBy(() -> app.store.get(app.id, "users", 1))
                .hasMessage("This app has no collection \"users\"; its collections are posts");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAppKeepsAtMostItsRowsAndDeletingGivesThemBack(TestDatabase database) {
        DataSettings threeRows = new DataSettings(null, 3L, null, null, null, null);
        try (TestApp app = TestApp.on(database, threeRows)) {
            app.apply(POSTS);
            Row first = app.create("posts", "{'title': 'one'}");
            app.create("posts", "{'title': 'two'}");
            app.create("posts", "{'title': 'three'}");

            assertThatThrownBy(() -> app.create("posts", "{'title': 'four'}"))
                .hasMessage("This app's data is full: it has 3 rows, the most an app may keep; delete some rows first")
                .extracting(e -> ((AppDataException) e).kind())
                .isEqualTo(AppDataException.Kind.FULL);
            assertThat(app.all("posts")).hasSize(3);

            app.store.delete(app.id, "posts", first.id());

            assertThat(app.create("posts", "{'title': 'four'}").values()).containsEntry("title", "four");
            assertThat(app.store.usage(app.id).rows()).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAppKeepsAtMostItsBytesAndARowThatShrinksAlwaysFits(TestDatabase database) {
        DataSettings smallStore = new DataSettings(null, null, DataSize.ofBytes(100), null, null, null);
        try (TestApp app = TestApp.on(database, smallStore)) {
            app.apply(POSTS);
            Row row = app.create("posts", "{'title': '" + "x".repeat(80) + "'}");

            assertThatThrownBy(() -> app.create("posts", "{'title': '" + "y".repeat(30) + "'}"))
                .hasMessageStartingWith("This app's data is full: it stores 0.0 MB of values and may store at most");
            assertThatThrownBy(() -> app.store.update(app.id, "posts", row.id(),
                    Api.JSON.readTree("{\"title\": \"" + "z".repeat(120) + "\"}")))
                .isInstanceOf(AppDataException.class);

            app.store.update(app.id, "posts", row.id(), Api.JSON.readTree("{\"title\": \"short\"}"));

            assertThat(app.store.usage(app.id)).isEqualTo(new DataUsage(1, 5 + 8));
            assertThat(app.create("posts", "{'title': '" + "y".repeat(30) + "'}").values()).containsKey("title");
        }
    }

}
