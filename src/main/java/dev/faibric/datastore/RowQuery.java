package dev.faibric.datastore;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which rows of a collection to list, in what order, as a client asked: field names,
 * operators and values as text, checked against the collection by the store, which
 * answers anything it cannot use with an {@link AppDataException} naming it. Besides the
 * collection's fields, {@code id}, {@code createdAt} and {@code updatedAt} may be
 * filtered and sorted on.
 *
 * @param filters conditions every row listed meets
 * @param sort at most {@value #MAX_SORT_KEYS} keys; empty means newest first
 * @param limit the most rows on a page, from 1 to {@value #MAX_LIMIT}
 * @param offset how many matching rows to skip (zero when a cursor is given)
 * @param cursor where to go on, from a page's {@code nextCursor}, or null
 * @param owner only the rows this app user created, or null for everyone's
 * @param reach only the rows a person may see by owning them or the rows they point to,
 * or null for every row
 */
public record RowQuery(List<Filter> filters, List<SortKey> sort, int limit, int offset, @Nullable String cursor,
        @Nullable Long owner, @Nullable Reach reach) {

    public static final int DEFAULT_LIMIT = 50;

    public static final int MAX_LIMIT = 200;

    public static final int MAX_SORT_KEYS = 3;

    /** The most values an {@code in} filter may list. */
    public static final int MAX_IN_VALUES = 100;

    public RowQuery {
        filters = List.copyOf(filters);
        sort = List.copyOf(sort);
    }

    /** A query of everyone's rows or one person's, whoever may see them. */
    public RowQuery(List<Filter> filters, List<SortKey> sort, int limit, int offset, @Nullable String cursor,
            @Nullable Long owner) {
        this(filters, sort, limit, offset, cursor, owner, null);
    }

    /** Every row, newest first. */
    public static RowQuery page(int limit, int offset) {
        return new RowQuery(List.of(), List.of(), limit, offset, null, null);
    }

    /** The same query, only the rows of this app user. */
    public RowQuery ownedBy(long user) {
        return new RowQuery(this.filters, this.sort, this.limit, this.offset, this.cursor, user, this.reach);
    }

    /** The same query, only the rows this reach lets its person see. */
    public RowQuery within(Reach reach) {
        return new RowQuery(this.filters, this.sort, this.limit, this.offset, this.cursor, this.owner, reach);
    }

    /**
     * The rows one person may see: those they created (when {@code own}) and those whose
     * reference field, one of {@code ownerOf}, points to a row they created. Any one
     * suffices; with neither, no row.
     *
     * @param person the app user
     * @param own whether the rows they created are theirs to see
     * @param ownerOf reference fields of the collection
     */
    public record Reach(long person, boolean own, List<String> ownerOf) {

        public Reach {
            ownerOf = List.copyOf(ownerOf);
        }

    }

    /**
     * One condition.
     *
     * @param field the field's name
     * @param operator how the field is compared
     * @param value the value as text; for {@code in}, values separated by commas
     */
    public record Filter(String field, Operator operator, String value) {

    }

    /**
     * One sort key.
     *
     * @param field the field's name
     * @param descending whether larger values come first
     */
    public record SortKey(String field, boolean descending) {

    }

    /** How a filter compares. */
    public enum Operator {

        EQ, NE, GT, GTE, LT, LTE, CONTAINS, IN;

        /** The operator's name in a query string: {@code eq}, {@code gte}... */
        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Optional<Operator> fromWire(String name) {
            return Arrays.stream(values()).filter(o -> o.wire().equals(name)).findFirst();
        }

    }

}
