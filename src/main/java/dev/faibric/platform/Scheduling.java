package dev.faibric.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerCustomizer;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.ErrorHandler;

/**
 * Scheduled tasks (lease renewal, sweeps, catch-up, retention) run on Spring's scheduler,
 * one per application context. How a failed run is logged: While the database is away
 * every run fails the same way and the next run tries again, so that is one line at WARN,
 * not a stack trace at ERROR every few seconds; anything else keeps its trace.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {

    private static final Logger log = LoggerFactory.getLogger(Scheduling.class);

    static final ErrorHandler HANDLER = failure -> {
        var lost = DatabaseRetry.connectionLoss(failure);
        if (lost != null || failure instanceof org.springframework.jdbc.CannotGetJdbcConnectionException) {
            log.warn("A scheduled task could not reach the database ({}); it runs again on schedule",
                    lost != null ? lost.getMessage() : failure.getMessage());
        }
        else {
            log.error("A scheduled task failed; it runs again on schedule", failure);
        }
    };

    @Bean
    SimpleAsyncTaskSchedulerCustomizer virtualThreadSchedulerErrors() {
        return scheduler -> scheduler.setErrorHandler(HANDLER);
    }

    @Bean
    ThreadPoolTaskSchedulerCustomizer poolSchedulerErrors() {
        return scheduler -> scheduler.setErrorHandler(HANDLER);
    }

}
