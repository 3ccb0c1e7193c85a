package dev.faibric.library;

import dev.faibric.data.AppSchema;
import dev.faibric.platform.DatabaseRetry;
import dev.faibric.project.AppType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library's four tables, read and written with SQL that runs on H2 and PostgreSQL
 * alike.
 */
@Repository
class LibraryRows {

    static final Set<String> JSON_COLUMNS = Set.of("provides", "requires", "keywords", "defaults", "embedding",
            "colors", "fonts", "tables", "api_patterns", "props_interface", "variants");

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private static final TypeReference<float[][]> VECTORS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    private final JsonMapper json;

    private final DatabaseRetry retry;

    LibraryRows(JdbcClient jdbc, JsonMapper json, DatabaseRetry retry) {
        this.jdbc = jdbc;
        this.json = json;
        this.retry = retry;
    }

    /** The stored content hash and embedding model of an entry, if it exists. */
    record Stored(String contentHash, String embeddingModel) {
    }

    Optional<Stored> stored(LibraryKind kind, String slug) {
        return jdbc.sql("SELECT content_hash, embedding_model FROM " + kind.table() + " WHERE slug = ?")
            .param(slug)
            .query((rs, row) -> new Stored(String.valueOf(rs.getString(1)), String.valueOf(rs.getString(2))))
            .optional();
    }

    void save(ShippedItem item, String hash, float[][] vectors, String model, boolean exists) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("name", item.name());
        columns.put("description", item.description());
        if (item.kind() == LibraryKind.TEMPLATE) {
            columns.put("category", item.category());
        }
        columns.put("keywords", json.writeValueAsString(item.keywords()));
        columns.putAll(item.columns());
        columns.put("content_hash", hash);
        columns.put("embedding", json.writeValueAsString(vectors));
        columns.put("embedding_model", model);
        List<Object> values = new ArrayList<>(columns.values());
        if (exists) {
            StringBuilder sql = new StringBuilder("UPDATE ").append(item.kind().table()).append(" SET ");
            columns.keySet().forEach(c -> sql.append(c).append(" = ").append(placeholder(c)).append(", "));
            sql.setLength(sql.length() - 2);
            sql.append(" WHERE slug = ?");
            values.add(item.slug());
            jdbc.sql(sql.toString()).params(values).update();
        }
        else {
            columns.put("slug", item.slug());
            values.add(item.slug());
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(item.kind().table())
                .append(" (")
                .append(String.join(", ", columns.keySet()))
                .append(") VALUES (");
            columns.keySet().forEach(c -> sql.append(placeholder(c)).append(", "));
            sql.setLength(sql.length() - 2);
            sql.append(")");
            jdbc.sql(sql.toString()).params(values).update();
        }
    }

    private static String placeholder(String column) {
        return JSON_COLUMNS.contains(column) ? "CAST(? AS jsonb)" : "?";
    }

    /** A stored template with its files, as generation starts from it. */
    record StoredTemplate(String slug, String name, AppType appType, String description, List<String> features,
            List<dev.faibric.project.SourceFile> files, String defaultTitle, String tagline,
            @org.jspecify.annotations.Nullable AppSchema database) {
    }

    private static final TypeReference<List<dev.faibric.project.SourceFile>> FILES = new TypeReference<>() {
    };

    Optional<StoredTemplate> template(String slug) {
        return retry.statement("read template", () -> jdbc.sql(
                "SELECT slug, name, app_type, description, provides, code, defaults FROM code_templates WHERE slug = ?")
            .param(slug)
            .query((rs, row) -> {
                var defaults = json.readTree(rs.getString("defaults"));
                return new StoredTemplate(rs.getString("slug"), rs.getString("name"),
                        AppType.parse(rs.getString("app_type")).orElse(AppType.DEFAULT),
                        String.valueOf(rs.getString("description")), json.readValue(rs.getString("provides"), STRINGS),
                        json.readValue(rs.getString("code"), FILES),
                        defaults.path("title").asString(rs.getString("name")), defaults.path("tagline").asString(""),
                        defaults.has("database")
                                ? AppSchema.parse(json.writeValueAsString(defaults.get("database"))).value() : null);
            })
            .optional());
    }

    Optional<String> componentCode(String slug) {
        return jdbc.sql("SELECT code FROM component_library WHERE slug = ?").param(slug).query(String.class).optional();
    }

    /**
     * A rating of 1 to 5 joins the running mean: as a success in [0, 1] for templates, as
     * stars for components.
     */
    void rate(String slug, int rating) {
        jdbc.sql("UPDATE code_templates SET success_rate = (success_rate * rating_count + ?) / (rating_count + 1), "
                + "rating_count = rating_count + 1 WHERE slug = ?")
            .params((rating - 1) / 4.0, slug)
            .update();
        jdbc.sql("UPDATE component_library SET rating = (rating * rating_count + ?) / (rating_count + 1), "
                + "rating_count = rating_count + 1 WHERE slug = ?")
            .params((double) rating, slug)
            .update();
    }

    /**
     * Another copy of a component: one more use and, when it came with a rating (1 to 5),
     * that rating too.
     */
    /**
     * A user changed their rating: the old one leaves the running mean, the new one takes
     * its place.
     */
    void rerate(String slug, int previous, int rating) {
        jdbc.sql(
                "UPDATE code_templates SET success_rate = LEAST(1.0, GREATEST(0.0, success_rate + (? - ?) / rating_count)) "
                        + "WHERE slug = ? AND rating_count > 0")
            .params((rating - 1) / 4.0, (previous - 1) / 4.0, slug)
            .update();
        jdbc.sql("UPDATE component_library SET rating = LEAST(5.0, GREATEST(0.0, rating + (? - ?) / rating_count)) "
                + "WHERE slug = ? AND rating_count > 0")
            .params((double) rating, (double) previous, slug)
            .update();
    }

    void mergeComponent(String slug, int rating) {
        if (rating <= 0) {
            jdbc.sql("UPDATE component_library SET usage_count = usage_count + 1 WHERE slug = ?").param(slug).update();
            return;
        }
        jdbc.sql("UPDATE component_library SET usage_count = usage_count + 1, "
                + "rating = (rating * rating_count + ?) / (rating_count + 1), rating_count = rating_count + 1 WHERE slug = ?")
            .params((double) rating, slug)
            .update();
    }

    void addComponent(String slug, String name, String description, String code,
            @org.jspecify.annotations.Nullable Long sourceProject, int rating, String embedding, String model,
            LibrarySearch.Reader author) {
        jdbc.sql(
                "INSERT INTO component_library (name, slug, description, code, source_project_id, rating, rating_count, "
                        + "embedding, embedding_model, keywords, author_id, published) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, CAST(? AS jsonb), ?, ?)")
            .params(name, slug, description, code, sourceProject, (double) rating, rating > 0 ? 1 : 0, embedding, model,
                    json.writeValueAsString(List.of(name.toLowerCase(Locale.ROOT))), author.accountId(), author.admin())
            .update();
    }

    /**
     * Counts a use; run again on a lost connection, it may count one use twice: a count,
     * not a ledger.
     */
    void recordUse(LibraryKind kind, String slug) {
        retry.statement("count library use",
                () -> jdbc.sql("UPDATE " + kind.table() + " SET usage_count = usage_count + 1 WHERE slug = ?")
                    .param(slug)
                    .update());
    }

    /** Publishes a component for everyone; false if there is none by that slug. */
    boolean publishComponent(String slug) {
        return jdbc.sql("UPDATE component_library SET published = TRUE WHERE slug = ?").param(slug).update() > 0;
    }

    /** Every entry of every kind, with its embeddings, for the search index. */
    List<LibraryEntry> entries() {
        List<LibraryEntry> entries = new ArrayList<>();
        entries.addAll(query(LibraryKind.TEMPLATE, "category", "success_rate"));
        entries.addAll(query(LibraryKind.COMPONENT, "'component'", "rating / 5.0"));
        entries.addAll(query(LibraryKind.THEME, "CASE WHEN dark THEN 'dark' ELSE 'light' END", "1.0"));
        entries.addAll(query(LibraryKind.SCHEMA, "'database'", "1.0"));
        return entries;
    }

    private List<LibraryEntry> query(LibraryKind kind, String category, String quality) {
        return jdbc
            .sql("SELECT id, slug, name, description, " + category + " AS category, keywords, usage_count, " + quality
                    + " AS quality, embedding, author_id, published FROM " + kind.table()
                    + " WHERE embedding IS NOT NULL")
            .query((rs, row) -> entry(kind, rs))
            .list();
    }

    private LibraryEntry entry(LibraryKind kind, ResultSet rs) throws SQLException {
        return new LibraryEntry(kind, rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
                String.valueOf(rs.getString("description")), rs.getString("category"),
                json.readValue(rs.getString("keywords"), STRINGS), rs.getInt("usage_count"),
                Math.max(0, Math.min(1, rs.getDouble("quality"))), json.readValue(rs.getString("embedding"), VECTORS),
                rs.getObject("author_id") == null ? null : rs.getLong("author_id"), rs.getBoolean("published"));
    }

}
