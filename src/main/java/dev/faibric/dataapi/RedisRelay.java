package dev.faibric.dataapi;

import dev.faibric.dataapi.DataChanges.Action;
import dev.faibric.dataapi.DataChanges.Change;
import dev.faibric.platform.RedisConnections;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.lettuce.LettuceConnection;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.listener.PatternTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Data changes across nodes over Redis pub/sub, on the Redis the platform's event bus
 * uses ({@code REDIS_URL}), with connections of its own: a change is published on
 * {@code faibric:data:<project id>} as {@code <node> <action> <id> <collection>}, and
 * every other node hands it to its listeners. Pub/sub forgets what it could not deliver;
 * a listener that missed a change sees the rows as they are at its next read.
 */
final class RedisRelay implements DataChanges.Relay, MessageListener {

    static final String PREFIX = "faibric:data:";

    private static final Pattern MESSAGE = Pattern
        .compile("(\\S+) (created|updated|deleted) ([0-9]{1,19}) ([a-z][a-zA-Z0-9_]{0,39})");

    private static final Logger log = LoggerFactory.getLogger(RedisRelay.class);

    private final String node = UUID.randomUUID().toString();

    private final LettuceConnectionFactory connections;

    private final RedisMessageListenerContainer container;

    private final Consumer<Change> arrivals;

    RedisRelay(String redisUrl, Consumer<Change> arrivals) {
        this.arrivals = arrivals;
        // While Redis is away, publishing fails fast: listeners on this node still hear.
        this.connections = RedisConnections.open(redisUrl);
        this.container = RedisConnections.listeners(this.connections);
        this.container.addMessageListener(this, new PatternTopic(PREFIX + "*"));
    }

    @Override
    public void send(Change change) {
        byte[] channel = (PREFIX + change.projectId()).getBytes(StandardCharsets.UTF_8);
        byte[] message = (this.node + " " + change.action().wire() + " " + change.id() + " " + change.collection())
            .getBytes(StandardCharsets.UTF_8);
        try (LettuceConnection connection = (LettuceConnection) this.connections.getConnection()) {
            connection.getNativeConnection().publish(channel, message).whenComplete((receivers, failure) -> {
                if (failure != null) {
                    notSent(change, failure);
                }
            });
        }
        catch (RuntimeException e) {
            notSent(change, e);
        }
    }

    private static void notSent(Change change, Throwable failure) {
        log.warn("Could not tell other nodes of a change to app {}: {}", change.projectId(), failure.getMessage());
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        String channel = new String(message.getChannel(), StandardCharsets.UTF_8);
        Matcher body = MESSAGE.matcher(new String(message.getBody(), StandardCharsets.UTF_8));
        if (!channel.startsWith(PREFIX) || !body.matches() || body.group(1).equals(this.node)) {
            return;
        }
        try {
            this.arrivals.accept(new Change(Long.parseLong(channel.substring(PREFIX.length())), body.group(4),
                    Action.valueOf(body.group(2).toUpperCase(java.util.Locale.ROOT)), Long.parseLong(body.group(3))));
        }
        catch (NumberFormatException e) {
            log.debug("Ignored a malformed data change on {}", channel);
        }
    }

    @Override
    public void close() throws Exception {
        this.container.stop();
        this.container.destroy();
        this.connections.destroy();
    }

}
