package dev.faibric.realtime;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.PatternTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fan-out across nodes through Redis pub/sub: an event is published on {@code faibric:project:<id>},
 * and every node's one pattern subscription hands it to its local watchers. Pub/sub forgets what
 * it could not deliver (a Redis restart); the event log does not, and the sockets' catch-up
 * fills any gap from it.
 */
class RedisEventBus implements EventBus, MessageListener {

    static final String PREFIX = "faibric:project:";
    private static final Logger log = LoggerFactory.getLogger(RedisEventBus.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final LocalWatchers watchers = new LocalWatchers();

    RedisEventBus(StringRedisTemplate redis, RedisMessageListenerContainer container, JsonMapper json) {
        this.redis = redis;
        this.json = json;
        container.addMessageListener(this, new PatternTopic(PREFIX + "*"));
    }

    @Override
    public void publish(ProjectEvent event) {
        try {
            redis.convertAndSend(PREFIX + event.projectId(), event.json());
        } catch (RuntimeException e) {
            // Redis is down: the event is in the log; watchers here still get it now, others on catch-up.
            log.warn("Could not publish event {} of project {} to Redis: {}", event.seq(), event.projectId(), e.getMessage());
            watchers.deliver(event);
        }
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        String channel = new String(message.getChannel(), StandardCharsets.UTF_8);
        long projectId;
        try {
            projectId = Long.parseLong(channel.substring(PREFIX.length()));
        } catch (NumberFormatException e) {
            log.warn("Ignored a message on unexpected channel {}", channel);
            return;
        }
        if (!watchers.projects().contains(projectId)) {
            return;
        }
        // On Redis's connection thread, in the order published: handing events to sockets never blocks.
        String body = new String(message.getBody(), StandardCharsets.UTF_8);
        try {
            JsonNode node = json.readTree(body);
            watchers.deliver(new ProjectEvent(projectId, node.path("seq").asLong(), node.path("type").asString(),
                    node.path("timestamp").asLong(), body));
        } catch (RuntimeException e) {
            log.warn("Ignored a malformed message on {}: {}", channel, e.toString());
        }
    }

    @Override
    public AutoCloseable subscribe(long projectId, Consumer<ProjectEvent> listener) {
        return watchers.add(projectId, listener);
    }

    @Override
    public Set<Long> watchedProjects() {
        return watchers.projects();
    }
}
