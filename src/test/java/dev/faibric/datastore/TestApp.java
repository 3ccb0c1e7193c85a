package dev.faibric.datastore;

import dev.faibric.data.AppSchema;
import dev.faibric.data.SchemaChange;
import dev.faibric.support.Api;
import dev.faibric.support.TestDatabase;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * One app's data on a test database: a project row with an id of its own (random and
 * large, so runs sharing the PostgreSQL database never meet), and its schema
 * {@code app_<id>} dropped at the end. The platform's tables are migrated once per
 * database and test run.
 */
final class TestApp implements AutoCloseable {

    private static final Map<TestDatabase, DataSource> DATABASES = new EnumMap<>(TestDatabase.class);

    final JdbcClient jdbc;

    final AppDataStore store;

    final long id;

    private TestApp(DataSource dataSource, DataSettings settings) {
        this.jdbc = JdbcClient.create(dataSource);
        this.store = new AppDataStore(this.jdbc, TestDatabase.retry(dataSource), JsonMapper.builder().build(),
                settings);
        this.id = ThreadLocalRandom.current().nextLong(1_000_000_000L, 1_000_000_000_000L);
        this.jdbc.sql("INSERT INTO projects (id, slug, title, prompt, owner_id) VALUES (?, ?, 'Data', 'data', 1)")
            .params(this.id, "data-" + this.id)
            .update();
    }

    static TestApp on(TestDatabase database) {
        return on(database, DataSettings.DEFAULTS);
    }

    static synchronized TestApp on(TestDatabase database, DataSettings settings) {
        return new TestApp(DATABASES.computeIfAbsent(database, TestDatabase::create), settings);
    }

    static AppSchema schema(String json) {
        return AppSchema.parse(json.replace('\'', '"')).orThrow();
    }

    /** Applies a schema written in JSON with {@code '} for {@code "}. */
    SchemaChange apply(String json) {
        return this.store.apply(this.id, schema(json));
    }

    /** Creates a row from JSON written with {@code '} for {@code "}, as nobody. */
    Row create(String collection, String json) {
        return this.store.create(this.id, collection, Api.JSON.readTree(json.replace('\'', '"')), null);
    }

    Row create(String collection, String json, long owner) {
        return this.store.create(this.id, collection, Api.JSON.readTree(json.replace('\'', '"')), owner);
    }

    /**
     * The app's schema as the store names it: prefixed unless the platform is in public.
     */
    private String appSchema() {
        String platform = this.jdbc.sql("SELECT CURRENT_SCHEMA").query(String.class).single();
        return platform.equalsIgnoreCase("public") ? "app_" + this.id : platform + "_app_" + this.id;
    }

    /** The columns of a table of the app, lower-cased name to lower-cased type. */
    Map<String, String> columns(String table) {
        Map<String, String> columns = new java.util.LinkedHashMap<>();
        this.jdbc
            .sql("SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = ? "
                    + "AND table_name = ? ORDER BY ordinal_position")
            .params(appSchema(), table)
            .query((rs, n) -> columns.put(rs.getString(1), rs.getString(2).toLowerCase(java.util.Locale.ROOT)))
            .list();
        return columns;
    }

    List<Row> all(String collection) {
        return this.store.list(this.id, collection, RowQuery.page(RowQuery.MAX_LIMIT, 0)).items();
    }

    @Override
    public void close() {
        this.store.drop(this.id);
    }

}
