package dev.faibric.realtime;

import dev.faibric.platform.RedisConnections;
import dev.faibric.platform.StartupFact;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Chooses the event bus: Redis when {@code REDIS_URL} is set (the seed's; or
 * {@code CHANNEL_LAYERS_BACKEND=redis}), so a browser on one node sees a generation
 * running on another; otherwise in-process.
 */
@Configuration(proxyBeanMethods = false)
class EventBusConfiguration {

    @Bean
    EventBus eventBus(RealtimeSettings settings) {
        String redisUrl = settings.redisUrl();
        if (redisUrl == null) {
            return new InProcessEventBus();
        }
        // While Redis is away, publishing fails fast instead of queueing: the event is in
        // the log, local watchers get it at once and other nodes' sockets catch up from
        // the log. Redis's connection thread hands events to sockets, which never blocks.
        LettuceConnectionFactory connections = RedisConnections.open(redisUrl);
        RedisMessageListenerContainer container = RedisConnections.listeners(connections);
        return new ClosingRedisEventBus(container, connections, redisUrl.replaceAll("//[^@]*@", "//***@"));
    }

    /** Which bus this node really uses, for the start-up report. */
    @Bean
    StartupFact eventBusFact(EventBus bus) {
        return () -> bus instanceof ClosingRedisEventBus redis ? "Event bus: Redis at " + redis.where()
                : "Event bus: in-process (set REDIS_URL to fan out across nodes)";
    }

    /** The Redis bus with the lifecycle of the connections it owns. */
    static final class ClosingRedisEventBus extends RedisEventBus implements AutoCloseable {

        private final RedisMessageListenerContainer container;

        private final String where;

        ClosingRedisEventBus(RedisMessageListenerContainer container, LettuceConnectionFactory connections,
                String where) {
            super(connections, container);
            this.container = container;
            this.where = where;
        }

        /** The Redis URL without its credentials. */
        String where() {
            return where;
        }

        @Override
        public void close() throws Exception {
            container.stop();
            container.destroy();
            connections().destroy();
        }

    }

    /**
     * Health and readiness show the bus; Redis away is DEGRADED, not DOWN: events still
     * reach this node's watchers and every socket catches up from the log, so a node
     * stays in service.
     */
    @Bean
    HealthIndicator eventBusHealthIndicator(EventBus bus) {
        return () -> {
            if (!(bus instanceof ClosingRedisEventBus redis)) {
                return Health.up().withDetail("bus", "in-process").build();
            }
            try (var connection = redis.connections().getConnection()) {
                return Health.up().withDetail("bus", "redis").withDetail("ping", connection.ping()).build();
            }
            catch (RuntimeException e) {
                return Health.status(DEGRADED)
                    .withException(e)
                    .withDetail("bus", "redis")
                    .withDetail("meanwhile", "events reach other nodes' sockets from the log, within seconds")
                    .build();
            }
        };
    }

    static final org.springframework.boot.health.contributor.Status DEGRADED = new org.springframework.boot.health.contributor.Status(
            "DEGRADED", "Redis is unreachable");

}
