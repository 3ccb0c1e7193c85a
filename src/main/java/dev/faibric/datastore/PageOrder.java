package dev.faibric.datastore;

import dev.faibric.data.FieldType;
import dev.faibric.datastore.RowQuery.SortKey;
import dev.faibric.datastore.RowTable.Target;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The order of a list and its keyset cursors. The keys a client asked for (newest first
 * by default) are followed by {@code id}, so the order is total; a value that is absent
 * sorts after every other value ({@code NULLS LAST} ascending, {@code NULLS FIRST}
 * descending, said explicitly so H2 and PostgreSQL agree). A cursor is the order and the
 * last row's key values, as base64url JSON: opaque to clients, and refused when it was
 * made for another order or does not read as the keys' types.
 */
final class PageOrder {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Target> keys = new ArrayList<>();

    private final List<Boolean> descending = new ArrayList<>();

    private final String spec;

    PageOrder(RowTable table, List<SortKey> sort) {
        if (sort.size() > RowQuery.MAX_SORT_KEYS) {
            throw RowTable.invalid("Sort by at most " + RowQuery.MAX_SORT_KEYS + " keys, not " + sort.size());
        }
        List<SortKey> asked = sort.isEmpty() ? List.of(new SortKey("createdAt", true)) : sort;
        for (SortKey key : asked) {
            Target target = table.target(key.field(), "sort");
            if (this.keys.contains(target)) {
                throw RowTable.invalid("Sort names \"" + key.field() + "\" twice");
            }
            this.keys.add(target);
            this.descending.add(key.descending());
        }
        this.spec = asked.stream().map(k -> (k.descending() ? "-" : "") + k.field()).collect(Collectors.joining(","));
        Target id = table.target("id", "sort");
        if (!this.keys.contains(id)) {
            this.keys.add(id);
            this.descending.add(this.descending.getLast());
        }
    }

    String orderBy() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < this.keys.size(); i++) {
            parts.add(SqlNames.quote(this.keys.get(i).column())
                    + (this.descending.get(i) ? " DESC NULLS FIRST" : " ASC NULLS LAST"));
        }
        return " ORDER BY " + String.join(", ", parts);
    }

    /** The cursor of the page that starts after this row. */
    String cursorAfter(Row row) {
        ArrayNode values = JsonNodeFactory.instance.arrayNode();
        values.add(this.spec);
        for (Target key : this.keys) {
            switch (RowTable.valueOf(row, key)) {
                case null -> values.addNull();
                case Double number -> values.add(number);
                case Long whole -> values.add(whole);
                case Boolean flag -> values.add(flag);
                case Object other -> values.add(other.toString());
            }
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(values));
    }

    /** The conditions, and those of the rows after the cursor. */
    Conditions after(Conditions conditions, String cursor) {
        List<@Nullable Object> values = decode(cursor);
        List<String> either = new ArrayList<>();
        List<SqlParameterValue> params = new ArrayList<>();
        List<String> equal = new ArrayList<>();
        List<SqlParameterValue> equalParams = new ArrayList<>();
        for (int i = 0; i < this.keys.size(); i++) {
            String column = SqlNames.quote(this.keys.get(i).column());
            FieldType type = this.keys.get(i).type();
            @Nullable Object value = values.get(i);
            String later = (value == null) ? (this.descending.get(i) ? column + " IS NOT NULL" : null)
                    : (this.descending.get(i) ? column + " < ?" : "(" + column + " > ? OR " + column + " IS NULL)");
            if (later != null) {
                List<String> both = new ArrayList<>(equal);
                both.add(later);
                either.add("(" + String.join(" AND ", both) + ")");
                params.addAll(equalParams);
                if (value != null) {
                    params.add(Values.bind(type, value));
                }
            }
            equal.add(value == null ? column + " IS NULL" : column + " = ?");
            if (value != null) {
                equalParams.add(Values.bind(type, value));
            }
        }
        return conditions.and(either.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", either) + ")", params);
    }

    private List<@Nullable Object> decode(String cursor) {
        AppDataException wrong = RowTable.invalid("The cursor is not one this list gave (for sort " + this.spec
                + "); send nextCursor as it came, with the same sort and filters");
        JsonNode node;
        try {
            node = JSON.readTree(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        }
        catch (IllegalArgumentException | JacksonException e) {
            throw wrong;
        }
        if (node == null || !node.isArray() || node.size() != this.keys.size() + 1
                || !this.spec.equals(node.get(0).asString(""))) {
            throw wrong;
        }
        List<@Nullable Object> values = new ArrayList<>();
        for (int i = 0; i < this.keys.size(); i++) {
            JsonNode value = node.get(i + 1);
            @Nullable Object read = value.isNull() ? null : read(this.keys.get(i).type(), value);
            if (read == null && (!value.isNull() || this.keys.get(i).column().equals("id"))) {
                throw wrong;
            }
            values.add(read);
        }
        return values;
    }

    private static @Nullable Object read(FieldType type, JsonNode value) {
        return switch (type) {
            case NUMBER -> value.isNumber() ? value.doubleValue() : null;
            case BOOLEAN -> value.isBoolean() ? value.booleanValue() : null;
            case REFERENCE -> (value.isIntegralNumber() && value.canConvertToLong()) ? value.longValue() : null;
            case DATETIME -> {
                try {
                    yield value.isString() ? Instant.parse(value.stringValue()) : null;
                }
                catch (DateTimeParseException e) {
                    yield null;
                }
            }
            case TEXT, LONGTEXT, ENUM, URL -> value.isString() ? value.stringValue() : null;
        };
    }

}
