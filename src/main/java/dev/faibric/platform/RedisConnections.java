package dev.faibric.platform;

import io.lettuce.core.ClientOptions;
import java.time.Duration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Connections to Redis as the platform makes them, for whatever fans out across nodes
 * (the event bus; other modules' pub/sub on the same {@code REDIS_URL}). While Redis is
 * away, commands fail fast instead of queueing, and the connection comes back by itself.
 */
public final class RedisConnections {

    private RedisConnections() {
    }

    /** Started connections to the Redis at this URL; the caller destroys them. */
    public static LettuceConnectionFactory open(String redisUrl) {
        LettuceClientConfiguration client = LettuceClientConfiguration.builder()
            .commandTimeout(Duration.ofSeconds(2))
            .clientOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .autoReconnect(true)
                .build())
            .build();
        LettuceConnectionFactory connections = new LettuceConnectionFactory(
                LettuceConnectionFactory.createRedisConfiguration(redisUrl), client);
        connections.afterPropertiesSet();
        connections.start();
        return connections;
    }

    /**
     * A started subscription container on those connections. Listeners are called on
     * Redis's connection thread, in arrival order, so they must not block; a lost
     * subscription is tried again every second.
     */
    public static RedisMessageListenerContainer listeners(LettuceConnectionFactory connections) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(connections);
        container.setTaskExecutor(Runnable::run);
        container.setRecoveryInterval(1000);
        container.afterPropertiesSet();
        container.start();
        return container;
    }

}
