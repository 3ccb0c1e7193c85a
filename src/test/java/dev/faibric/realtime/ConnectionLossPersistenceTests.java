package dev.faibric.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.faibric.platform.DatabaseRetry;
import dev.faibric.project.AppType;
import dev.faibric.project.BuildLeases;
import dev.faibric.project.GenerationCost;
import dev.faibric.project.NewProject;
import dev.faibric.project.ProjectVersions;
import dev.faibric.project.Projects;
import dev.faibric.support.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A pooled connection whose PostgreSQL backend was terminated is handed out by Hikari
 * unchecked (it was used moments ago): the statement on it fails, and the event log and
 * the projects' build writes run their whole transaction again, on a new connection,
 * storing their data exactly once.
 */
class ConnectionLossPersistenceTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DriverManagerDataSource database;

    private HikariDataSource pool;

    private SimpleMeterRegistry meters;

    private DatabaseRetry retry;

    private Projects projects;

    private ProjectVersions versions;

    private BuildLeases leases;

    private EventLog log;

    @BeforeEach
    void onePooledConnection() {
        database = (DriverManagerDataSource) TestDatabase.POSTGRESQL.create();
        pool = pool(database, 2_000);
        meters = new SimpleMeterRegistry();
        retry = new DatabaseRetry(pool, meters);
        projects = new Projects(JdbcClient.create(pool), JSON, retry);
        versions = new ProjectVersions(JdbcClient.create(pool), JSON, retry);
        leases = new BuildLeases(JdbcClient.create(pool), retry);
        log = new EventLog(pool, retry);
    }

    @AfterEach
    void closePool() {
        pool.close();
    }

    /**
     * One connection, the application's pool; Hikari checks a connection it hands out
     * only when it was idle longer than its alive-bypass window (half a second by
     * default), widened here so that a slow machine cannot make the pool notice the
     * terminated backend itself.
     */
    static HikariDataSource pool(DriverManagerDataSource database, long connectionTimeoutMillis) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.getUrl());
        config.setUsername(database.getUsername());
        config.setPassword(database.getPassword());
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(connectionTimeoutMillis);
        String bypass = "com.zaxxer.hikari.aliveBypassWindowMs";
        System.setProperty(bypass, "60000");
        try {
            return new HikariDataSource(config);
        }
        finally {
            System.clearProperty(bypass);
        }
    }

    /**
     * Uses the pooled connection, terminates its backend from another connection, and
     * returns its pid.
     */
    private int terminatePooledBackend() throws SQLException {
        int pid = backendPid();
        try (Connection admin = DriverManager.getConnection(database.getUrl(), database.getUsername(),
                database.getPassword());
                PreparedStatement terminate = admin.prepareStatement("SELECT pg_terminate_backend(?, 5000)")) {
            terminate.setInt(1, pid);
            try (ResultSet rs = terminate.executeQuery()) {
                assertThat(rs.next() && rs.getBoolean(1)).as("backend %d terminated", pid).isTrue();
            }
        }
        return pid;
    }

    private int backendPid() {
        return JdbcClient.create(pool).sql("SELECT pg_backend_pid()").query(Integer.class).single();
    }

    private double retries(String operation) {
        var counter = meters.find("faibric.db.retries").tag("operation", operation).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void withoutARetryTheStatementOnTheTerminatedConnectionFails() throws SQLException {
        terminatePooledBackend();

        assertThatThrownBy(() -> JdbcClient.create(pool).sql("SELECT 1").query(Integer.class).single())
            .isInstanceOf(DataAccessResourceFailureException.class);
    }

    @Test
    void anEventAppendedOnATerminatedConnectionIsStoredOnceAndReadBackAfterAnother() throws SQLException {
        long projectId = projects.create(new NewProject("Tips", "tips", AppType.TOOL)).id();
        ProjectEvents events = new ProjectEvents(log, new InProcessEventBus(), JSON, Runnable::run);
        int killed = terminatePooledBackend();

        ProjectEvent event = events.publish(projectId, EventType.THINKING, "Building a tool...");

        assertThat(event.seq()).isEqualTo(1);
        assertThat(retries("append event")).isEqualTo(1);
        assertThat(backendPid()).isNotEqualTo(killed);
        terminatePooledBackend();
        assertThat(events.after(projectId, 0, 10)).extracting(ProjectEvent::seq).containsExactly(1L);
        assertThat(retries("read events")).isEqualTo(1);
        assertThat(events.publish(projectId, EventType.PROGRESS, "Writing App.tsx").seq()).isEqualTo(2);
    }

    @Test
    void aVersionAndTheStatusAndLeaseWritesOnATerminatedConnectionAreStoredOnce() throws SQLException {
        long projectId = projects.create(new NewProject("Tips", "tips", AppType.TOOL)).id();
        terminatePooledBackend();
        assertThat(leases.acquire(projectId, "node-a", java.time.Instant.now().plusSeconds(30))).isTrue();

        terminatePooledBackend();
        int number = versions.add(projectId, List.of(), Map.of("title", "Tips"), "first", GenerationCost.NONE).number();
        terminatePooledBackend();
        projects.markDeployed(projectId, number, "http://tips.apps.localhost/");
        terminatePooledBackend();
        leases.release(projectId, "node-a");

        assertThat(number).isEqualTo(1);
        assertThat(versions.list(projectId)).extracting(ProjectVersions.VersionSummary::number).containsExactly(1);
        assertThat(projects.find(projectId).orElseThrow().url()).isEqualTo("http://tips.apps.localhost/");
        assertThat(projects.find(projectId).orElseThrow().currentVersion()).isEqualTo(1);
        assertThat(List.of(retries("acquire build lease"), retries("save version"), retries("mark deployed"),
                retries("release build lease")))
            .containsOnly(1.0);
        assertThat(JdbcClient.create(pool)
            .sql("SELECT build_owner FROM projects WHERE id = ?")
            .param(projectId)
            .query(String.class)
            .optional()).isEmpty();
    }

    @Test
    void aUniqueKeyViolationIsNotRetried() {
        long projectId = projects.create(new NewProject("Tips", "tips", AppType.TOOL)).id();
        versions.add(projectId, List.of(), Map.of(), null, GenerationCost.NONE);
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> retry.transaction("insert version 1 again", () -> {
            attempts.incrementAndGet();
            return JdbcClient.create(pool)
                .sql("INSERT INTO project_versions (project_id, number, files, result) "
                        + "VALUES (?, 1, CAST('[]' AS jsonb), CAST('{}' AS jsonb))")
                .param(projectId)
                .update();
        }, inserted -> false)).isInstanceOf(DuplicateKeyException.class);
        assertThat(attempts).hasValue(1);
        assertThat(meters.find("faibric.db.retries").counters()).isEmpty();
    }

    @Test
    void aTimedOutWaitForAPooledConnectionIsNotRetried() throws SQLException {
        pool.close();
        pool = pool(database, 250);
        retry = new DatabaseRetry(pool, meters);
        AtomicInteger attempts = new AtomicInteger();

        try (Connection busy = pool.getConnection()) {
            assertThatThrownBy(() -> retry.statement("read with the pool exhausted", () -> {
                attempts.incrementAndGet();
                return JdbcClient.create(pool).sql("SELECT 1").query(Integer.class).single();
            })).isInstanceOf(CannotGetJdbcConnectionException.class);
        }
        assertThat(attempts).hasValue(1);
        assertThat(meters.find("faibric.db.retries").counters()).isEmpty();
    }

    /**
     * A project on connections that lose what they are told to, with the event log and
     * projects on them.
     */
    private record Losing(LosingCommits losing, ProjectVersions versions, ProjectEvents events, long projectId) {
    }

    private Losing losing(TestDatabase which) {
        LosingCommits losing = new LosingCommits(which.create());
        DatabaseRetry retry = new DatabaseRetry(losing, meters);
        Projects projects = new Projects(JdbcClient.create(losing), JSON, retry);
        ProjectVersions versions = new ProjectVersions(JdbcClient.create(losing), JSON, retry);
        ProjectEvents events = new ProjectEvents(new EventLog(losing, retry), new InProcessEventBus(), JSON,
                Runnable::run);
        return new Losing(losing, versions, events, projects.create(new NewProject("Tips", "tips", AppType.TOOL)).id());
    }

    /**
     * The connection lost just after the database committed, before the acknowledgement
     * arrived: the retry finds the work stored and does not store it a second time.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCommitWhoseAcknowledgementWasLostIsNotRepeated(TestDatabase which) {
        Losing on = losing(which);

        on.losing().loseNextCommit();
        assertThat(on.events().publish(on.projectId(), EventType.THINKING, "Building a tool...").seq()).isEqualTo(1);
        on.losing().loseNextCommit();
        assertThat(on.versions().add(on.projectId(), List.of(), Map.of(), "first", GenerationCost.NONE).number())
            .isEqualTo(1);

        assertThat(retries("append event")).isEqualTo(1);
        assertThat(retries("save version")).isEqualTo(1);
        assertThat(on.events().after(on.projectId(), 0, 10)).extracting(ProjectEvent::seq).containsExactly(1L);
        assertThat(on.versions().list(on.projectId())).extracting(ProjectVersions.VersionSummary::number)
            .containsExactly(1);
        assertThat(on.events().publish(on.projectId(), EventType.PROGRESS, "next").seq()).isEqualTo(2);
        assertThat(on.versions().add(on.projectId(), List.of(), Map.of(), "second", GenerationCost.NONE).number())
            .isEqualTo(2);
    }

    /**
     * The first attempt commits only after the retry looked for it (it was still on its
     * way on the lost connection): the second attempt is refused whole by the event's
     * key, and the event is stored once, its number not skipped.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAppendThatCommitsAfterTheRetryLookedForItIsStillStoredOnce(TestDatabase which) {
        Losing on = losing(which);

        on.losing().loseNextCommit();
        on.losing().missNextLookup();
        assertThat(on.events().publish(on.projectId(), EventType.THINKING, "Building a tool...").seq()).isEqualTo(1);

        assertThat(retries("append event")).isEqualTo(1);
        assertThat(on.events().after(on.projectId(), 0, 10)).extracting(ProjectEvent::seq).containsExactly(1L);
        assertThat(on.events().publish(on.projectId(), EventType.PROGRESS, "next").seq()).isEqualTo(2);
    }

    /**
     * Connections that commit and then, when told to, fail as if the connection dropped
     * before the acknowledgement.
     */
    static final class LosingCommits extends DelegatingDataSource {

        private final AtomicBoolean loseNext = new AtomicBoolean();

        private final AtomicBoolean missNext = new AtomicBoolean();

        LosingCommits(DataSource target) {
            super(target);
        }

        void loseNextCommit() {
            loseNext.set(true);
        }

        /**
         * The next lookup of an event by its key finds nothing, as if the first attempt
         * had not committed yet.
         */
        void missNextLookup() {
            missNext.set(true);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = super.getConnection();
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] { Connection.class }, (proxy, method, args) -> {
                        if (method.getName().equals("prepareStatement") && args[0] instanceof String sql
                                && sql.endsWith("event_key = ?") && missNext.getAndSet(false)) {
                            args = args.clone();
                            args[0] = sql + " AND 1 = 0";
                        }
                        Object result;
                        try {
                            result = method.invoke(connection, args);
                        }
                        catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                        if (method.getName().equals("commit") && loseNext.getAndSet(false)) {
                            throw lost();
                        }
                        if (method.getName().equals("prepareStatement") && connection.getAutoCommit()) {
                            return losingAutoCommit(connection, (PreparedStatement) result);
                        }
                        return result;
                    });
        }

        /**
         * A statement in auto-commit commits as it executes: its answer is what gets
         * lost.
         */
        private PreparedStatement losingAutoCommit(Connection connection, PreparedStatement statement) {
            return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                    new Class<?>[] { PreparedStatement.class }, (proxy, method, args) -> {
                        Object result;
                        try {
                            result = method.invoke(statement, args);
                        }
                        catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                        if (method.getName().startsWith("execute") && connection.getAutoCommit()
                                && loseNext.getAndSet(false)) {
                            throw lost();
                        }
                        return result;
                    });
        }

        private static SQLException lost() {
            return new SQLException("An I/O error occurred while sending to the backend.", "08006");
        }

    }

}
