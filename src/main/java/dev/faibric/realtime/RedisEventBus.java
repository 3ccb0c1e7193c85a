package dev.faibric.realtime;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.lettuce.LettuceConnection;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.listener.PatternTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Fan-out across nodes through Redis pub/sub: an event is published on
 * {@code faibric:project:<id>}, and every other node's one pattern subscription hands it
 * to its local watchers; the publishing node hands it to its own watchers at once.
 * Pub/sub forgets what it could not deliver (a Redis restart); the event log does not,
 * and the sockets' catch-up fills any gap from it.
 *
 * <p>
 * A message is a header line, {@code <node> <seq> <timestamp> <type>}, then the event's
 * JSON, so a node skips its own messages and routes the others without parsing the JSON.
 */
class RedisEventBus extends InProcessEventBus implements MessageListener {

    static final String PREFIX = "faibric:project:";

    private static final Logger log = LoggerFactory.getLogger(RedisEventBus.class);

    private final LettuceConnectionFactory connections;

    private final String node = UUID.randomUUID().toString();

    RedisEventBus(LettuceConnectionFactory connections, RedisMessageListenerContainer container) {
        this.connections = connections;
        container.addMessageListener(this, new PatternTopic(PREFIX + "*"));
    }

    /**
     * Hands the event to this node's watchers, and to Redis without waiting for its
     * answer: the messages leave on one connection in the order given, and a Redis that
     * is slow or away costs the publisher nothing (the event is in the log; other nodes'
     * sockets catch up from it).
     */
    @Override
    public void publish(ProjectEvent event) {
        deliverHere(event);
        byte[] channel = (PREFIX + event.projectId()).getBytes(StandardCharsets.UTF_8);
        byte[] message = (node + ' ' + event.seq() + ' ' + event.timestamp() + ' ' + event.type() + '\n' + event.json())
            .getBytes(StandardCharsets.UTF_8);
        try (LettuceConnection connection = (LettuceConnection) connections.getConnection()) {
            connection.getNativeConnection().publish(channel, message).whenComplete((receivers, failure) -> {
                if (failure != null) {
                    notPublished(event, failure);
                }
            });
        }
        catch (RuntimeException e) {
            notPublished(event, e);
        }
    }

    private static void notPublished(ProjectEvent event, Throwable failure) {
        log.warn("Could not publish event {} of project {} to Redis: {}", event.seq(), event.projectId(),
                failure.getMessage());
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        String channel = new String(message.getChannel(), StandardCharsets.UTF_8);
        try {
            long projectId = Long.parseLong(channel.substring(PREFIX.length()));
            if (!watchedProjects().contains(projectId)) {
                return;
            }
            String body = new String(message.getBody(), StandardCharsets.UTF_8);
            int newline = body.indexOf('\n');
            String[] header = body.substring(0, newline).split(" ");
            if (header.length != 4 || header[0].equals(node)) {
                return;
            }
            // On Redis's connection thread, in the order published: handing events to
            // sockets never blocks.
            deliverHere(new ProjectEvent(projectId, Long.parseLong(header[1]), header[3], Long.parseLong(header[2]),
                    body.substring(newline + 1)));
        }
        catch (RuntimeException e) {
            log.warn("Ignored a malformed message on {}: {}", channel, e.toString());
        }
    }

    LettuceConnectionFactory connections() {
        return connections;
    }

}
