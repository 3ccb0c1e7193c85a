package dev.faibric.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faibric.support.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What counts as a lost connection, how often it is retried, and that an open transaction
 * is never retried into.
 */
class DatabaseRetryTests {

    private static boolean isLoss(Throwable failure) {
        return DatabaseRetry.connectionLoss(failure) != null;
    }

    private static DataAccessResourceFailureException lost() {
        return new DataAccessResourceFailureException("lost", new SQLException("terminating connection", "57P01"));
    }

    @Test
    void connectionExceptionsAndServerShutdownsAreConnectionLossesWhereverTheyAreInTheCauses() {
        assertThat(isLoss(new SQLException("I/O error", "08006"))).isTrue();
        assertThat(isLoss(new DataAccessResourceFailureException("x", new SQLException("closed", "08003")))).isTrue();
        for (String shutdown : new String[] { "57P01", "57P02", "57P03" }) {
            assertThat(isLoss(new CannotCreateTransactionException("x",
                    new DataAccessResourceFailureException("y", new SQLException("shutdown", shutdown)))))
                .isTrue();
        }
        assertThat(isLoss(new CannotGetJdbcConnectionException("x", new SQLException("refused", "08001")))).isTrue();
    }

    @Test
    void constraintsBadSqlCancelledStatementsAndPoolTimeoutsAreNot() {
        assertThat(isLoss(new DataIntegrityViolationException("x", new SQLException("dup", "23505")))).isFalse();
        assertThat(isLoss(new BadSqlGrammarException("x", "SELEC 1", new SQLException("syntax", "42601")))).isFalse();
        assertThat(isLoss(new DataAccessResourceFailureException("x", new SQLException("timeout", "57014")))).isFalse();
        assertThat(isLoss(new DataAccessResourceFailureException("x"))).isFalse();
        // Hikari's "Connection is not available, request timed out": its state is that of
        // the last connection attempt.
        assertThat(isLoss(new CannotGetJdbcConnectionException("x", new SQLTransientConnectionException(
                "request timed out", "08001", new SQLException("refused", "08001")))))
            .isFalse();
    }

    @Test
    void aLostConnectionIsTriedThreeTimesAndEachRetryIsCounted() {
        DataSource dataSource = TestDatabase.H2.create();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        DatabaseRetry retry = new DatabaseRetry(dataSource, meters);
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> retry.statement("always lost", () -> {
            attempts.incrementAndGet();
            throw lost();
        })).isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(attempts).hasValue(3);
        assertThat(meters.get("faibric.db.retries").tag("operation", "always lost").counter().count()).isEqualTo(2);

        AtomicInteger once = new AtomicInteger();
        assertThat(retry.statement("lost once", () -> {
            if (once.incrementAndGet() == 1) {
                throw lost();
            }
            return "done";
        })).isEqualTo("done");
        assertThat(once).hasValue(2);
    }

    @Test
    void insideAnOpenTransactionTheWorkRunsOnceAndTheTransactionsOwnerSeesTheFailure() {
        DataSource dataSource = TestDatabase.H2.create();
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        DatabaseRetry retry = new DatabaseRetry(dataSource, meters);
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> new TransactionTemplate(transactions)
            .executeWithoutResult(status -> retry.statement("inside a transaction", () -> {
                attempts.incrementAndGet();
                throw lost();
            }))).isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(attempts).hasValue(1);
        assertThat(meters.find("faibric.db.retries").counters()).isEmpty();
    }

}
