package dev.faibric.datastore;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads rows: one by id, or a page of a filtered, sorted list with the total count and a
 * cursor to the next page (one row more than the page is read to know whether there is
 * one).
 */
final class RowReader {

    private final JdbcClient jdbc;

    RowReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param tables the tables of the other collections, by name, for a reach through
     * reference fields
     */
    RowPage list(RowTable table, RowQuery query, Function<String, RowTable> tables) {
        if (query.limit() < 1 || query.limit() > RowQuery.MAX_LIMIT) {
            throw RowTable.invalid("limit must be from 1 to " + RowQuery.MAX_LIMIT + ", not " + query.limit());
        }
        if (query.offset() < 0) {
            throw RowTable.invalid("offset must be 0 or more, not " + query.offset());
        }
        @Nullable String cursor = query.cursor();
        if (cursor != null && query.offset() > 0) {
            throw RowTable.invalid("Send either offset or cursor, not both");
        }
        Conditions conditions = Conditions.of(table, query, tables);
        PageOrder order = new PageOrder(table, query.sort());
        Conditions page = (cursor == null) ? conditions : order.after(conditions, cursor);
        long total = this.jdbc.sql("SELECT COUNT(*) FROM " + table.qualified() + conditions.where())
            .params(conditions.params())
            .query(Long.class)
            .single();
        List<Row> rows = this.jdbc
            .sql("SELECT " + table.selected() + " FROM " + table.qualified() + page.where() + order.orderBy()
                    + " LIMIT " + (query.limit() + 1) + " OFFSET " + query.offset())
            .params(page.params())
            .query((rs, n) -> table.row(rs))
            .list();
        boolean more = rows.size() > query.limit();
        List<Row> items = more ? rows.subList(0, query.limit()) : rows;
        return new RowPage(items, total, query.limit(), query.offset(),
                more ? order.cursorAfter(items.getLast()) : null);
    }

    Optional<Row> get(RowTable table, long id) {
        return read(table, id, "");
    }

    /** The row, locked until the transaction ends. */
    Optional<Row> lock(RowTable table, long id) {
        return read(table, id, " FOR UPDATE");
    }

    private Optional<Row> read(RowTable table, long id, String lock) {
        return this.jdbc.sql("SELECT " + table.selected() + " FROM " + table.qualified() + " WHERE \"id\" = ?" + lock)
            .param(id)
            .query((rs, n) -> table.row(rs))
            .optional();
    }

}
