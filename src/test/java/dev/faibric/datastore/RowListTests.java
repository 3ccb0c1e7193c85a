package dev.faibric.datastore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faibric.datastore.RowQuery.Filter;
import dev.faibric.datastore.RowQuery.Operator;
import dev.faibric.datastore.RowQuery.SortKey;
import dev.faibric.support.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Lists of rows, on H2 and on PostgreSQL: every filter operator, sorting with absent
 * values, pages by offset and by cursor, the total, whose rows, and each thing a list
 * refuses, named.
 */
class RowListTests {

    static final String BOOKS = """
            {'collections': {'books': {'fields': {
              'title': {'type': 'text'}, 'pages': {'type': 'number'}, 'read': {'type': 'boolean'},
              'genre': {'type': 'enum', 'values': ['novel', 'poetry', 'essay']}, 'out': {'type': 'datetime'}}}}}
            """;

    private static TestApp books(TestDatabase database) {
        TestApp app = TestApp.on(database);
        app.apply(BOOKS);
        app.create("books",
                "{'title': 'Dune', 'pages': 412, 'read': true, 'genre': 'novel', 'out': '1965-08-01T00:00:00Z'}", 1);
        app.create("books",
                "{'title': 'Ariel', 'pages': 96, 'read': false, 'genre': 'poetry', 'out': '1965-03-01T00:00:00Z'}", 2);
        app.create("books", "{'title': 'The Myth of Sisyphus', 'pages': 212, 'genre': 'essay'}", 1);
        app.create("books", "{'title': '100% Cotton_Candy', 'genre': 'novel'}", 2);
        app.create("books", "{'title': 'dune messiah', 'pages': 256, 'read': true, 'genre': 'novel'}");
        return app;
    }

    private static List<@Nullable Object> titles(TestApp app, RowQuery query) {
        return app.store.list(app.id, "books", query).items().stream().map(r -> r.values().get("title")).toList();
    }

    private static RowQuery where(String field, Operator operator, String value, String... sort) {
        return new RowQuery(List.of(new Filter(field, operator, value)), sortKeys(sort), 50, 0, null, null);
    }

    private static List<SortKey> sortKeys(String... keys) {
        List<SortKey> sort = new ArrayList<>();
        for (String key : keys) {
            sort.add(new SortKey(key.replace("-", ""), key.startsWith("-")));
        }
        return sort;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyOperatorFiltersByTheFieldsType(TestDatabase database) {
        try (TestApp app = books(database)) {
            assertThat(titles(app, where("genre", Operator.EQ, "poetry"))).containsExactly("Ariel");
            assertThat(titles(app, where("read", Operator.NE, "true", "title"))).containsExactly("100% Cotton_Candy",
                    "Ariel", "The Myth of Sisyphus");
            assertThat(titles(app, where("pages", Operator.GT, "212", "pages"))).containsExactly("dune messiah",
                    "Dune");
            assertThat(titles(app, where("pages", Operator.GTE, "212", "pages")))
                .containsExactly("The Myth of Sisyphus", "dune messiah", "Dune");
            assertThat(titles(app, where("pages", Operator.LT, "212.5", "pages"))).containsExactly("Ariel",
                    "The Myth of Sisyphus");
            assertThat(titles(app, where("out", Operator.LTE, "1965-03-01T00:00:00Z"))).containsExactly("Ariel");
            assertThat(titles(app, where("title", Operator.CONTAINS, "DUNE", "createdAt"))).containsExactly("Dune",
                    "dune messiah");
            assertThat(titles(app, where("title", Operator.CONTAINS, "0% c"))).containsExactly("100% Cotton_Candy");
            assertThat(titles(app, where("title", Operator.CONTAINS, "n_c"))).containsExactly("100% Cotton_Candy");
            assertThat(titles(app, where("title", Operator.CONTAINS, "%"))).containsExactly("100% Cotton_Candy");
            assertThat(titles(app, where("genre", Operator.IN, "essay,poetry", "title"))).containsExactly("Ariel",
                    "The Myth of Sisyphus");
            long id = app.all("books").getLast().id();
            assertThat(titles(app, where("id", Operator.EQ, String.valueOf(id)))).containsExactly("Dune");
            assertThat(titles(app, where("createdAt", Operator.GT, "2000-01-01T00:00:00Z"))).hasSize(5);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void sortingPutsAbsentValuesLastAscendingAndFirstDescending(TestDatabase database) {
        try (TestApp app = books(database)) {
            RowQuery ascending = new RowQuery(List.of(), sortKeys("pages"), 50, 0, null, null);
            RowQuery descending = new RowQuery(List.of(), sortKeys("-pages"), 50, 0, null, null);
            RowQuery twoKeys = new RowQuery(List.of(), sortKeys("genre", "-title"), 50, 0, null, null);

            assertThat(titles(app, ascending)).containsExactly("Ariel", "The Myth of Sisyphus", "dune messiah", "Dune",
                    "100% Cotton_Candy");
            assertThat(titles(app, descending)).containsExactly("100% Cotton_Candy", "Dune", "dune messiah",
                    "The Myth of Sisyphus", "Ariel");
            assertThat(titles(app, twoKeys)).containsExactly("The Myth of Sisyphus", "dune messiah", "Dune",
                    "100% Cotton_Candy", "Ariel");
            assertThat(titles(app, RowQuery.page(50, 0)).getFirst()).isEqualTo("dune messiah");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void pagesByOffsetAndByCursorEachRowOnceWithTheTotal(TestDatabase database) {
        try (TestApp app = books(database)) {
            RowPage second = app.store.list(app.id, "books",
                    new RowQuery(List.of(), sortKeys("read", "-pages"), 2, 2, null, null));
            assertThat(second.total()).isEqualTo(5);
            assertThat(second.offset()).isEqualTo(2);

            for (String sort : List.of("read", "-read", "-pages", "genre", "title", "-createdAt")) {
                List<@Nullable Object> walked = new ArrayList<>();
                String cursor = null;
                int pages = 0;
                do {
                    RowPage page = app.store.list(app.id, "books",
                            new RowQuery(List.of(), sortKeys(sort), 2, 0, cursor, null));
                    assertThat(page.total()).isEqualTo(5);
                    page.items().forEach(r -> walked.add(r.values().get("title")));
                    cursor = page.nextCursor();
                    pages++;
                }
                while (cursor != null);
                assertThat(walked).as(sort)
                    .isEqualTo(titles(app, new RowQuery(List.of(), sortKeys(sort), 50, 0, null, null)));
                assertThat(pages).isEqualTo(3);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anOwnersListHasOnlyTheirRows(TestDatabase database) {
        try (TestApp app = books(database)) {
            RowPage mine = app.store.list(app.id, "books", RowQuery.page(50, 0).ownedBy(1));

            assertThat(mine.total()).isEqualTo(2);
            assertThat(mine.items()).extracting(Row::owner).containsOnly(1L);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void whatAListCannotUseIsRefusedNamingIt(TestDatabase database) {
        try (TestApp app = books(database)) {
            assertRefused(app, where("author", Operator.EQ, "x"),
                    "Cannot filter by \"author\": books has no such field; its fields are id, createdAt, updatedAt, title, pages, read, genre, out");
            assertRefused(app, where("pages", Operator.GT, "many"), "Filter pages[gt]: \"many\" is not a number");
            assertRefused(app, where("pages", Operator.EQ, "0x10"), "Filter pages[eq]: \"0x10\" is not a number");
            assertRefused(app, where("pages", Operator.CONTAINS, "1"),
                    "Filter pages[contains]: contains works on text fields only");
            assertRefused(app, where("read", Operator.GT, "true"),
                    "Filter read[gt]: a true-or-false field can only be compared with eq, ne or in");
            assertRefused(app, where("read", Operator.EQ, "yes"), "Filter read[eq]: \"yes\" is not true or false");
            assertRefused(app, where("genre", Operator.EQ, "drama"),
                    "Filter genre[eq]: \"drama\" is not one of novel, poetry, essay");
            assertRefused(app, where("out", Operator.GT, "yesterday"),
                    "Filter out[gt]: \"yesterday\" is not an ISO-8601 date-time such as 2026-03-01T12:00:00Z");
            assertRefused(app, where("id", Operator.EQ, "-1"),
                    "Filter id[eq]: \"-1\" is not an id (a positive whole number)");
            assertRefused(app, where("genre", Operator.IN, "novel,".repeat(101)),
                    "Filter genre[in]: at most 100 values, not 102");
            assertRefused(app, new RowQuery(List.of(), sortKeys("title", "pages", "read", "genre"), 50, 0, null, null),
                    "Sort by at most 3 keys, not 4");
            assertRefused(app, new RowQuery(List.of(), sortKeys("title", "-title"), 50, 0, null, null),
                    "Sort names \"title\" twice");
            assertRefused(app, new RowQuery(List.of(), sortKeys("rating"), 50, 0, null, null),
                    "Cannot sort by \"rating\": books has no such field; its fields are id, createdAt, updatedAt, title, pages, read, genre, out");
            assertRefused(app, RowQuery.page(201, 0), "limit must be from 1 to 200, not 201");
            assertRefused(app, RowQuery.page(0, 0), "limit must be from 1 to 200, not 0");
            assertRefused(app, RowQuery.page(5, -1), "offset must be 0 or more, not -1");
            String cursor = app.store.list(app.id, "books", RowQuery.page(2, 0)).nextCursor();
            assertRefused(app, new RowQuery(List.of(), List.of(), 2, 3, cursor, null),
                    "Send either offset or cursor, not both");
            String wrongSort = "The cursor is not one this list gave (for sort title); send nextCursor as it came, with the same sort and filters";
            assertRefused(app, new RowQuery(List.of(), sortKeys("title"), 2, 0, cursor, null), wrongSort);
            assertRefused(app, new RowQuery(List.of(), sortKeys("title"), 2, 0, "not*base64", null), wrongSort);
            assertRefused(app, new RowQuery(List.of(), sortKeys("title"), 2, 0, "WyJ0aXRsZSIsMSwyXQ", null), wrongSort);
        }
    }

    private static void assertRefused(TestApp app, RowQuery query, String message) {
        assertThatThrownBy(() -> app.store.list(app.id, "books", query)).isInstanceOf(AppDataException.class)
            .hasMessage(message)
            .extracting(e -> ((AppDataException) e).kind())
            .isEqualTo(AppDataException.Kind.INVALID);
    }

}
