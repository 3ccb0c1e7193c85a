package dev.faibric.platform;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a unit of work on the database again when it failed because its connection was
 * lost (the server restarted, the backend was terminated, the network dropped): an
 * {@link SQLException} with SQLState class 08 or 57P01/57P02/57P03 anywhere in the
 * failure's causes, which is what Spring's {@code DataAccessResourceFailureException} and
 * its kin wrap. Three attempts, 50 ms and 250 ms apart; each retry is logged and counted
 * ({@code faibric.db.retries}, tagged with the operation).
 *
 * <p>
 * Nothing else is retried: a constraint violation or bad SQL fails the same way again,
 * and a wait for a pooled connection that timed out
 * ({@link SQLTransientConnectionException}) is overload, which retries only make worse.
 * The unit is a whole transaction or one statement outside any; work called inside a
 * transaction that is already open runs once, because the transaction died with its
 * connection and only its owner can start it again.
 */
@Component
public class DatabaseRetry {

    private static final int ATTEMPTS = 3;

    private static final Duration FIRST_PAUSE = Duration.ofMillis(50);

    private static final double PAUSE_GROWTH = 5;

    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private static final Logger log = LoggerFactory.getLogger(DatabaseRetry.class);

    private final DataSource dataSource;

    /**
     * Transactions of its own on the application's data source, which statements through
     * its JdbcClient join. A plain DataSourceTransactionManager reports a failed commit
     * as it was; Boot's JdbcTransactionManager would roll back after it, and on a lost
     * connection report the rollback's "Connection is closed" (no SQLState) instead.
     */
    private final DataSourceTransactionManager transactions;

    private final MeterRegistry meters;

    /**
     * Spring's retry loop; the policy (which failures, how often, how long apart) is
     * ours.
     */
    private final RetryTemplate retries;

    public DatabaseRetry(DataSource dataSource, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.transactions = new DataSourceTransactionManager(dataSource);
        this.meters = meters;
        this.retries = new RetryTemplate(RetryPolicy.builder()
            .maxRetries(ATTEMPTS - 1)
            .delay(FIRST_PAUSE)
            .multiplier(PAUSE_GROWTH)
            .predicate(failure -> connectionLoss(failure) != null)
            .build());
        this.retries.setRetryListener(new Announcer());
    }

    /**
     * One statement in auto-commit, or a read; the statement must be safe to run twice.
     */
    public <T> T statement(String operation, Supplier<T> work) {
        return retrying(operation, work);
    }

    /**
     * One statement in auto-commit that must not run twice. A connection lost while it
     * ran leaves unknown whether it went through, so before it runs again {@code find}
     * looks for what it would have written; if that is there, it is returned and nothing
     * is written twice.
     */
    public <T> T statement(String operation, Supplier<T> work, Supplier<Optional<T>> find) {
        AtomicBoolean tried = new AtomicBoolean();
        return retrying(operation, () -> {
            if (tried.getAndSet(true)) {
                Optional<T> found = find.get();
                if (found.isPresent()) {
                    log.info("The statement of {} went through although its connection was lost", operation);
                    return found.get();
                }
            }
            return work.get();
        });
    }

    /**
     * The work in a transaction of its own, run again in a new transaction when the
     * connection was lost. A connection lost during the commit leaves unknown whether it
     * committed, so before the work runs again {@code stored} is asked, with the result
     * the work had returned, whether that result is in the database after all; if it is,
     * it is returned and nothing is written twice.
     */
    public <T> T transaction(String operation, Supplier<T> work, Predicate<T> stored) {
        AtomicReference<@Nullable T> committing = new AtomicReference<>();
        return retrying(operation, () -> {
            T unsure = committing.get();
            if (unsure != null) {
                if (stored.test(unsure)) {
                    log.info("The commit of {} went through although its connection was lost", operation);
                    return unsure;
                }
                committing.set(null);
            }
            TransactionStatus transaction = transactions.getTransaction(TransactionDefinition.withDefaults());
            T result;
            try {
                result = work.get();
            }
            catch (RuntimeException | Error failure) {
                rollBack(transaction, failure);
                throw failure;
            }
            committing.set(result);
            transactions.commit(transaction);
            return result;
        });
    }

    /**
     * Rolls back after a failure, keeping that failure: on a lost connection the rollback
     * fails too ("Connection is closed", without an SQLState) and must not hide why, as
     * it would in a TransactionTemplate, which throws the rollback's failure in place of
     * the first.
     */
    private void rollBack(TransactionStatus transaction, Throwable failure) {
        try {
            transactions.rollback(transaction);
        }
        catch (RuntimeException | Error rollback) {
            failure.addSuppressed(rollback);
        }
    }

    private <T> T retrying(String operation, Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return work.get();
        }
        try {
            return retries.execute(new Retryable<T>() {
                @Override
                public T execute() {
                    return work.get();
                }

                @Override
                public String getName() {
                    return operation;
                }
            });
        }
        catch (RetryException exhausted) {
            // The last attempt's own failure, as if nothing had been retried (the others
            // are in the log).
            if (exhausted.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (exhausted.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(exhausted.getCause());
        }
    }

    /**
     * Says why each retry happens, counts it, and replaces the pool's connections just
     * before it runs.
     */
    private final class Announcer implements RetryListener {

        @Override
        public void onRetryableExecution(RetryPolicy policy, Retryable<?> work, RetryState state) {
            if (state.isSuccessful() || state.getRetryCount() >= ATTEMPTS - 1) {
                return;
            }
            SQLException lost = connectionLoss(state.getLastException());
            if (lost == null) {
                return;
            }
            log.warn(
                    "Lost the database connection during {} (attempt {} of {}, SQLState {}: {}); trying again in {} ms",
                    work.getName(), state.getRetryCount() + 1, ATTEMPTS, lost.getSQLState(), lost.getMessage(),
                    pause(state.getRetryCount()).toMillis());
            Counter.builder("faibric.db.retries")
                .description("Database work run again after its connection was lost")
                .tag("operation", work.getName())
                .register(meters)
                .increment();
        }

        @Override
        public void beforeRetry(RetryPolicy policy, Retryable<?> work, RetryState state) {
            replacePooledConnections();
        }

    }

    /** The pause before retry {@code n + 1}: 50 ms, then 250 ms. */
    private static Duration pause(int retriesSoFar) {
        return Duration.ofMillis((long) (FIRST_PAUSE.toMillis() * Math.pow(PAUSE_GROWTH, retriesSoFar)));
    }

    /**
     * A lost connection seldom goes alone (a restart or a network cut takes them all),
     * and the pool hands out a connection used in the last half second without checking
     * it; so, after the pause and just before the retry, the pool replaces its idle
     * connections (and those in use, once they come back), and the retry runs on a
     * connection opened after the pause.
     */
    private void replacePooledConnections() {
        if (dataSource instanceof HikariDataSource hikari) {
            HikariPoolMXBean pool = hikari.getHikariPoolMXBean();
            if (pool != null) {
                pool.softEvictConnections();
            }
        }
    }

    /**
     * The SQLException in the failure's causes that says the connection was lost, if any.
     */
    static @Nullable SQLException connectionLoss(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLTransientConnectionException) {
                return null;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SERVER_GOING_AWAY.contains(sql.getSQLState()))) {
                return sql;
            }
        }
        return null;
    }

}
