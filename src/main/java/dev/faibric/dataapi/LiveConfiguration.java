package dev.faibric.dataapi;

import dev.faibric.realtime.RealtimeSettings;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * How data changes reach live listeners: across nodes over Redis when the platform's
 * event bus is Redis ({@code REDIS_URL}), otherwise on this node; and the virtual threads
 * that write to the listeners' streams, so a slow listener never holds up a write.
 */
@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

    @Bean
    DataChanges dataChanges(RealtimeSettings realtime) {
        String redisUrl = realtime.redisUrl();
        return (redisUrl == null) ? new DataChanges() : new DataChanges(arrivals -> new RedisRelay(redisUrl, arrivals));
    }

    @Bean
    SimpleAsyncTaskExecutor liveWriters() {
        SimpleAsyncTaskExecutor writers = new SimpleAsyncTaskExecutor("live-");
        writers.setVirtualThreads(true);
        writers.setTaskTerminationTimeout(Duration.ofSeconds(5).toMillis());
        return writers;
    }

}
