package dev.faibric.datastore;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list of rows.
 *
 * @param items the rows, in the order asked for
 * @param total how many rows match the filters, on every page
 * @param limit the most rows a page holds
 * @param offset how many matching rows come before this page (zero when read from a
 * cursor)
 * @param nextCursor where the next page starts, or null when this is the last
 */
public record RowPage(List<Row> items, long total, int limit, int offset, @Nullable String nextCursor) {

    public RowPage {
        items = List.copyOf(items);
    }

}
