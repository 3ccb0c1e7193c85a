package dev.faibric.datastore;

import dev.faibric.data.Field;
import dev.faibric.data.FieldType;
import dev.faibric.datastore.RowQuery.Filter;
import dev.faibric.datastore.RowQuery.Operator;
import dev.faibric.datastore.RowTable.Target;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * A list's {@code WHERE}: the client's filters, each value read as its field's type and
 * bound as a parameter, and conditions of the store's own (whose rows, where a cursor
 * left off). Immutable: {@link #and} gives a new one.
 *
 * @param parts the conditions, joined by {@code AND}
 * @param params their parameters, in order
 */
record Conditions(List<String> parts, List<SqlParameterValue> params) {

    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]{1,3})?");

    private static final Pattern WHOLE = Pattern.compile("[1-9][0-9]{0,17}");

    static final Conditions NONE = new Conditions(List.of(), List.of());

    Conditions {
        parts = List.copyOf(parts);
        params = List.copyOf(params);
    }

    Conditions and(String part, List<SqlParameterValue> more) {
        List<String> joined = new ArrayList<>(this.parts);
        joined.add(part);
        List<SqlParameterValue> values = new ArrayList<>(this.params);
        values.addAll(more);
        return new Conditions(joined, values);
    }

    String where() {
        return this.parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", this.parts);
    }

    /**
     * The conditions of a query's filters, owner and reach.
     * @param tables the tables of the collections the reach's reference fields point to,
     * by collection name
     */
    static Conditions of(RowTable table, RowQuery query, Function<String, RowTable> tables) {
        Conditions conditions = NONE;
        if (query.owner() != null) {
            conditions = conditions.and("\"owner_id\" = ?", List.of(Values.bind(FieldType.REFERENCE, query.owner())));
        }
        if (query.reach() != null) {
            conditions = reach(conditions, table, query.reach(), tables);
        }
        for (Filter filter : query.filters()) {
            conditions = filter(conditions, table, filter);
        }
        return conditions;
    }

    /**
     * The rows a person created, or whose reference field points to a row they created,
     * in one condition: {@code ("owner_id" = ? OR "f_job" IN (SELECT "id" FROM <jobs>
     * WHERE "owner_id" = ?))}.
     */
    private static Conditions reach(Conditions conditions, RowTable table, RowQuery.Reach reach,
            Function<String, RowTable> tables) {
        SqlParameterValue person = Values.bind(FieldType.REFERENCE, reach.person());
        List<String> alternatives = new ArrayList<>();
        List<SqlParameterValue> params = new ArrayList<>();
        if (reach.own()) {
            alternatives.add("\"owner_id\" = ?");
            params.add(person);
        }
        for (String name : reach.ownerOf()) {
            Field field = table.collection()
                .field(name)
                .filter(f -> f.type() == FieldType.REFERENCE && f.collection() != null)
                .orElseThrow(() -> new IllegalArgumentException(
                        table.collection().name() + " has no reference field " + name));
            alternatives.add(SqlNames.quote(table.column(field)) + " IN (SELECT \"id\" FROM "
                    + tables.apply(field.collection()).qualified() + " WHERE \"owner_id\" = ?)");
            params.add(person);
        }
        return alternatives.isEmpty() ? conditions.and("1 = 0", List.of())
                : conditions.and("(" + String.join(" OR ", alternatives) + ")", params);
    }

    private static Conditions filter(Conditions conditions, RowTable table, Filter filter) {
        Target target = table.target(filter.field(), "filter");
        String column = SqlNames.quote(target.column());
        String name = filter.field() + "[" + filter.operator().wire() + "]";
        Operator operator = filter.operator();
        if (target.type() == FieldType.BOOLEAN && operator != Operator.EQ && operator != Operator.NE
                && operator != Operator.IN) {
            throw RowTable.invalid("Filter " + name + ": a true-or-false field can only be compared with eq, ne or in");
        }
        if (operator == Operator.CONTAINS) {
            if (target.type() != FieldType.TEXT && target.type() != FieldType.LONGTEXT
                    && target.type() != FieldType.URL) {
                throw RowTable.invalid("Filter " + name + ": contains works on text fields only");
            }
            String pattern = "%" + filter.value().toLowerCase(Locale.ROOT).replaceAll("([\\\\%_])", "\\\\$1") + "%";
            return conditions.and("LOWER(" + column + ") LIKE ? ESCAPE '\\'",
                    List.of(Values.bind(FieldType.TEXT, pattern)));
        }
        if (operator == Operator.IN) {
            List<String> texts = List.of(filter.value().split(",", -1));
            if (texts.size() > RowQuery.MAX_IN_VALUES) {
                throw RowTable
                    .invalid("Filter " + name + ": at most " + RowQuery.MAX_IN_VALUES + " values, not " + texts.size());
            }
            List<SqlParameterValue> values = texts.stream().map(t -> value(table, target, name, t)).toList();
            return conditions
                .and(column + " IN (" + texts.stream().map(t -> "?").collect(Collectors.joining(", ")) + ")", values);
        }
        SqlParameterValue value = value(table, target, name, filter.value());
        String sql = switch (operator) {
            case EQ -> column + " = ?";
            case NE -> "(" + column + " <> ? OR " + column + " IS NULL)";
            case GT -> column + " > ?";
            case GTE -> column + " >= ?";
            case LT -> column + " < ?";
            case LTE -> column + " <= ?";
            default -> throw new IllegalStateException(operator.name());
        };
        return conditions.and(sql, List.of(value));
    }

    /** A filter's value read as its field's type. */
    private static SqlParameterValue value(RowTable table, Target target, String name, String text) {
        return Values.bind(target.type(), switch (target.type()) {
            case NUMBER -> {
                if (!NUMBER.matcher(text).matches() || !Double.isFinite(Double.parseDouble(text))) {
                    throw wrong(name, text, "a number");
                }
                yield Double.parseDouble(text);
            }
            case BOOLEAN -> {
                if (!text.equals("true") && !text.equals("false")) {
                    throw wrong(name, text, "true or false");
                }
                yield Boolean.parseBoolean(text);
            }
            case DATETIME -> instant(text, name);
            case REFERENCE -> {
                if (!WHOLE.matcher(text).matches()) {
                    throw wrong(name, text, "an id (a positive whole number)");
                }
                yield Long.parseLong(text);
            }
            case ENUM -> {
                List<String> allowed = table.collection().field(target.name()).map(Field::values).orElseThrow();
                if (!allowed.contains(text)) {
                    throw wrong(name, text, "one of " + String.join(", ", allowed));
                }
                yield text;
            }
            case TEXT, LONGTEXT, URL -> text;
        });
    }

    private static Instant instant(String text, String name) {
        try {
            return Instant.parse(text);
        }
        catch (DateTimeParseException notInstant) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            }
            catch (DateTimeParseException notOffset) {
                throw wrong(name, text, "an ISO-8601 date-time such as 2026-03-01T12:00:00Z");
            }
        }
    }

    private static AppDataException wrong(String name, String text, String what) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return RowTable.invalid("Filter " + name + ": \"" + shown + "\" is not " + what);
    }

}
