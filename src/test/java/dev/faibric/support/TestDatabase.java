package dev.faibric.support;

import dev.faibric.platform.DatabaseRetry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The two databases Faibric runs on, each migrated from scratch by the application's own
 * Flyway scripts: an in-memory H2 in PostgreSQL mode, and the real PostgreSQL on
 * 127.0.0.1 (a fresh schema per use; FAIBRIC_TEST_POSTGRES_URL / _USER / _PASSWORD point
 * elsewhere).
 */
public enum TestDatabase {

    H2 {
        @Override
        public DataSource create() {
            String url = "jdbc:h2:mem:test-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
            return migrate(new DriverManagerDataSource(url, "sa", ""), "h2", null);
        }
    },
    POSTGRESQL {
        @Override
        public DataSource create() {
            String schema = "faibric_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            DriverManagerDataSource dataSource = new DriverManagerDataSource(
                    postgresUrl() + (postgresUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    env("FAIBRIC_TEST_POSTGRES_USER", "postgres"), env("FAIBRIC_TEST_POSTGRES_PASSWORD", ""));
            return migrate(dataSource, "postgresql", schema);
        }
    };

    public abstract DataSource create();

    public static String postgresUrl() {
        return env("FAIBRIC_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    /**
     * The retry the application would wrap around work on this data source, with meters
     * of its own.
     */
    public static DatabaseRetry retry(DataSource dataSource) {
        return new DatabaseRetry(dataSource, new SimpleMeterRegistry());
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static DataSource migrate(DataSource dataSource, String vendor, String schema) {
        var config = Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor);
        if (schema != null) {
            config.schemas(schema).createSchemas(true);
        }
        config.load().migrate();
        return dataSource;
    }

}
