package dev.faibric.datastore;

import dev.faibric.data.FieldType;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * Values between Java and a column of a field type: bound as typed parameters (so a null
 * has its type too) and read back as {@code String}, {@code Double}, {@code Boolean},
 * {@code Instant} or {@code Long}.
 */
final class Values {

    private Values() {
    }

    /**
     * A value as a typed parameter. Accepts what {@code Collection.validateWrite} gives
     * (numbers as {@code Long} or {@code Double}, date-times as ISO-8601 text) and what
     * {@link #read} gives.
     */
    static SqlParameterValue bind(FieldType type, @Nullable Object value) {
        return switch (type) {
            case TEXT, LONGTEXT, ENUM, URL -> new SqlParameterValue(Types.VARCHAR, value);
            case NUMBER ->
                new SqlParameterValue(Types.DOUBLE, (value instanceof Number number) ? number.doubleValue() : null);
            case BOOLEAN -> new SqlParameterValue(Types.BOOLEAN, value);
            case DATETIME -> new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, instant(value));
            case REFERENCE ->
                new SqlParameterValue(Types.BIGINT, (value instanceof Number number) ? number.longValue() : null);
        };
    }

    private static @Nullable OffsetDateTime instant(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> instant.atOffset(ZoneOffset.UTC);
            case OffsetDateTime time -> time.withOffsetSameInstant(ZoneOffset.UTC);
            default -> OffsetDateTime.parse(value.toString()).withOffsetSameInstant(ZoneOffset.UTC);
        };
    }

    /** The value of a column (by position: names may differ only in case), or null. */
    static @Nullable Object read(ResultSet row, int column, FieldType type) throws SQLException {
        Object value = switch (type) {
            case TEXT, LONGTEXT, ENUM, URL -> row.getString(column);
            case NUMBER -> row.getDouble(column);
            case BOOLEAN -> row.getBoolean(column);
            case DATETIME -> {
                OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
                yield (time == null) ? null : time.toInstant();
            }
            case REFERENCE -> row.getLong(column);
        };
        return row.wasNull() ? null : value;
    }

    /**
     * About how many bytes a value takes, for the app's storage limit: a string's UTF-8
     * length, eight for anything else.
     */
    static long size(@Nullable Object value) {
        return switch (value) {
            case null -> 0;
            case String text -> text.getBytes(StandardCharsets.UTF_8).length;
            case Boolean flag -> 1;
            default -> 8;
        };
    }

}
