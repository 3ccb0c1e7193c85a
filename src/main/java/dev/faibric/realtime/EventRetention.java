package dev.faibric.realtime;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The event log's retention: events are kept {@code FAIBRIC_EVENT_RETENTION} (30 days by
 * default) so any client can resume or replay a build; older ones are deleted hourly. A
 * project's files, versions and status never depend on its events, so nothing but replay
 * history is lost.
 */
@Component
class EventRetention {

    private static final Logger log = LoggerFactory.getLogger(EventRetention.class);

    private final EventLog events;

    private final Duration retention;

    EventRetention(EventLog eventLog, @Value("${faibric.realtime.event-retention:30d}") Duration retention) {
        this.events = eventLog;
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "${faibric.realtime.retention-sweep:1h}", initialDelayString = "1m")
    void deleteOldEvents() {
        int deleted = events.deleteBefore(Instant.now().minus(retention));
        if (deleted > 0) {
            log.info("Deleted {} project events older than {}", deleted, retention);
        }
    }

}
