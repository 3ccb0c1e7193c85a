package dev.faibric.generation;

import dev.faibric.realtime.ChatMessageLimit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/** The engine's own executor, and the limit it sets on chat messages. */
@Configuration(proxyBeanMethods = false)
class GenerationConfiguration {

    /**
     * Builds run on virtual threads (each mostly waits for a model), at most
     * {@code max-concurrent-builds} at once on this node; more are refused rather than
     * queued behind the others. Closing the context lets running builds finish for
     * {@code shutdown-grace}, then interrupts them (they report themselves cancelled).
     */
    @Bean(destroyMethod = "close")
    SimpleAsyncTaskExecutor buildExecutor(GenerationSettings settings) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("build-");
        executor.setVirtualThreads(true);
        executor.setConcurrencyLimit(settings.maxConcurrentBuilds());
        executor.setRejectTasksWhenLimitReached(true);
        executor.setTaskTerminationTimeout(settings.shutdownGrace().toMillis());
        return executor;
    }

    /** A chat message asks for a change, so it may be as long as a prompt. */
    @Bean
    ChatMessageLimit chatMessageLimit(GenerationSettings settings) {
        return settings::promptMaxLength;
    }

}
