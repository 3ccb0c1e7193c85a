package dev.faibric.library;

import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pages of the library's templates and components, most used first, as the listing
 * endpoints show them.
 */
@Repository
class LibraryListing {

    private final JdbcClient jdbc;

    private final JsonMapper json;

    LibraryListing(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One page, and how many entries match in all. */
    record Page(long total, int page, int size, List<Map<String, Object>> items) {
    }

    /**
     * Entries of one kind, filtered by category (exactly) and by text in their name or
     * description, {@code size} to a page, pages counted from 0.
     */
    Page page(LibraryKind kind, @Nullable String category, @Nullable String text, int page, int size,
            LibrarySearch.Reader reader) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!reader.admin()) {
            where.add("(published = TRUE OR author_id = ?)");
            params.add(reader.accountId());
        }
        if (category != null) {
            where.add("category = ?");
            params.add(category.strip().toLowerCase(Locale.ROOT));
        }
        if (text != null) {
            where.add("(LOWER(name) LIKE ? OR LOWER(description) LIKE ?)");
            String like = "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
            params.add(like);
            params.add(like);
        }
        String clause = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT COUNT(*) FROM " + kind.table() + clause)
            .params(params)
            .query(Long.class)
            .single();
        List<Object> all = new ArrayList<>(params);
        all.add(size);
        all.add((long) page * size);
        List<Map<String, Object>> items = jdbc
            .sql("SELECT " + columns(kind) + " FROM " + kind.table() + clause
                    + " ORDER BY usage_count DESC, id LIMIT ? OFFSET ?")
            .params(all)
            .query((rs, row) -> row(rs))
            .list();
        return new Page(total, page, size, items);
    }

    private static String columns(LibraryKind kind) {
        return switch (kind) {
            case TEMPLATE ->
                "id, slug, name, description, category, app_type, keywords, provides, usage_count, success_rate, created_at";
            case COMPONENT ->
                "id, slug, name, description, keywords, props_interface, source_project_id, usage_count, rating, created_at";
            case THEME -> "id, slug, name, description, dark, colors, fonts, keywords, usage_count, created_at";
            case SCHEMA -> "id, slug, name, description, tables, api_patterns, keywords, usage_count, created_at";
        };
    }

    private Map<String, Object> row(ResultSet rs) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        var meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String name = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
            Object value = rs.getObject(i);
            if (value != null && LibraryRows.JSON_COLUMNS.contains(name)) {
                value = json.readTree(rs.getString(i));
            }
            else if (value instanceof Timestamp t) {
                value = t.toInstant();
            }
            else if (value instanceof Clob clob) {
                value = clob.getSubString(1, (int) clob.length());
            }
            row.put(camel(name), value);
        }
        return row;
    }

    private static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            }
            else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

}
