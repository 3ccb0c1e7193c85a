package dev.faibric.datastore;

import dev.faibric.data.FieldType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The names and types storage uses, and the one place that quotes an identifier. Every
 * name comes from a validated schema name ({@code [a-z][a-zA-Z0-9_]{0,39}}) with a fixed
 * prefix, and is checked again before it is quoted, so no text a client or a model sent
 * ever reaches SQL as anything but a bind parameter.
 */
final class SqlNames {

    /** Every identifier this class makes; PostgreSQL allows 63 bytes. */
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-zA-Z0-9_]{0,62}");

    /** The columns of the fields every row has, by the name clients use. */
    static final Map<String, String> SERVER_COLUMNS = Map.of("id", "id", "createdAt", "created_at", "updatedAt",
            "updated_at", "owner", "owner_id");

    private SqlNames() {
    }

    /** An identifier, quoted; refuses anything but a name of ours. */
    static String quote(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a storage name: " + name);
        }
        return "\"" + name + "\"";
    }

    /** The app's schema, quoted: {@code "app_42"}. */
    static String schema(long projectId) {
        if (projectId <= 0) {
            throw new IllegalArgumentException("not a project id: " + projectId);
        }
        return quote("app_" + projectId);
    }

    /** A table of the app, quoted with its schema: {@code "app_42"."c_posts"}. */
    static String table(long projectId, String table) {
        return schema(projectId) + "." + quote(table);
    }

    static String tableFor(String collection) {
        return "c_" + collection;
    }

    static String columnFor(String field) {
        return "f_" + field;
    }

    /** The name a column gets when its field changes type and a new column takes over. */
    static String retired(String field, int number) {
        return "r" + number + "_" + field;
    }

    /**
     * An index's name, the same for the same columns: the table's name, {@code u} or
     * {@code i}, and a digest of the columns.
     */
    static String index(String table, boolean unique, List<String> columns) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(String.join(",", columns).getBytes(StandardCharsets.UTF_8));
            return table + (unique ? "_u" : "_i") + HexFormat.of().formatHex(digest, 0, 4);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The most characters an enum's value may have. */
    static final int ENUM_LENGTH = 200;

    /**
     * The column type of a field type. String columns hold twice the characters a value
     * may have: lengths are checked in characters (code points), and H2 counts UTF-16
     * units, two for a character outside the Basic Multilingual Plane (an emoji).
     */
    static String sqlType(FieldType type) {
        return switch (type) {
            case TEXT, LONGTEXT, ENUM, URL -> "VARCHAR(" + capacity(type) + ")";
            case NUMBER -> "DOUBLE PRECISION";
            case BOOLEAN -> "BOOLEAN";
            case DATETIME -> "TIMESTAMP WITH TIME ZONE";
            case REFERENCE -> "BIGINT";
        };
    }

    /** The length of a string column of this type, or zero when it holds no strings. */
    static int capacity(FieldType type) {
        return 2 * ((type == FieldType.ENUM) ? ENUM_LENGTH : type.maxLength());
    }

}
