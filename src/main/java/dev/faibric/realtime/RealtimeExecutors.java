package dev.faibric.realtime;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The platform threads of the realtime module, one set per application context. Platform,
 * not virtual: on a busy machine a virtual thread resumed after a network round trip
 * waits in line behind every runnable build (measured as tens of milliseconds of event
 * latency), and a woken platform thread runs at once.
 */
@Configuration(proxyBeanMethods = false)
class RealtimeExecutors {

    /**
     * Store and fan out events when storing goes over the network (PostgreSQL), one at a
     * time per caller.
     */
    @Bean
    ThreadPoolTaskExecutor eventPublishers(RealtimeSettings settings) {
        ThreadPoolTaskExecutor executor = named("event-publisher-");
        executor.setCorePoolSize(settings.publishers());
        executor.setMaxPoolSize(settings.publishers());
        // Each caller waits for its own event, so the queue holds at most one per build
        // running.
        executor.setQueueCapacity(4096);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(5);
        return executor;
    }

    /**
     * One writer per socket that has something to write, none for an idle one; past the
     * bound a socket waits for the catch-up sweep to start its writer.
     */
    @Bean
    ThreadPoolTaskExecutor socketWriters(RealtimeSettings settings) {
        ThreadPoolTaskExecutor executor = named("socket-writer-");
        executor.setCorePoolSize(0);
        executor.setMaxPoolSize(settings.maxSocketWriters());
        executor.setQueueCapacity(0);
        executor.setKeepAliveSeconds(60);
        executor.setAwaitTerminationSeconds(2);
        return executor;
    }

    private static ThreadPoolTaskExecutor named(String prefix) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix(prefix);
        executor.setDaemon(true);
        return executor;
    }

}
