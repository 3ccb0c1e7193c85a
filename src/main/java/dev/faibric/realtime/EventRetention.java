package dev.faibric.realtime;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * The event log's retention: events are kept {@code FAIBRIC_EVENT_RETENTION} (30 days by
 * default) so any client can resume or replay a build; older ones are deleted hourly. A
 * project's files, versions and status never depend on its events, so nothing but replay
 * history is lost.
 */
@Component
class EventRetention implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(EventRetention.class);

    private final EventLog events;

    private final Duration retention;

    private final Duration sweep;

    EventRetention(EventLog eventLog, RealtimeSettings settings) {
        this.events = eventLog;
        this.retention = settings.eventRetention();
        this.sweep = settings.retentionSweep();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::deleteOldEvents, sweep, Duration.ofMinutes(1)));
    }

    void deleteOldEvents() {
        int deleted = events.deleteBefore(Instant.now().minus(retention));
        if (deleted > 0) {
            log.info("Deleted {} project events older than {}", deleted, retention);
        }
    }

}
