package dev.faibric.limits;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Repository;

/**
 * The builds each account started, for the daily quota; rows older than two days are
 * deleted hourly (the quota never looks further back than a day).
 */
@Repository
class BuildLedger implements SchedulingConfigurer {

    static final Duration KEPT = Duration.ofDays(2);

    private final JdbcClient jdbc;

    BuildLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void started(long accountId, Instant at) {
        jdbc.sql("INSERT INTO build_starts (account_id, started_at) VALUES (?, ?)")
            .params(accountId, Timestamp.from(at))
            .update();
    }

    long startedSince(long accountId, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM build_starts WHERE account_id = ? AND started_at >= ?")
            .params(accountId, Timestamp.from(since))
            .query(Long.class)
            .single();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::forgetOld, Duration.ofHours(1), Duration.ofMinutes(5)));
    }

    void forgetOld() {
        jdbc.sql("DELETE FROM build_starts WHERE started_at < ?")
            .param(Timestamp.from(Instant.now().minus(KEPT)))
            .update();
    }

}
