package dev.faibric.realtime;

import dev.faibric.limits.LimitExceeded;
import dev.faibric.limits.LimitedAction;
import dev.faibric.limits.RateLimits;
import dev.faibric.project.Projects;
import dev.faibric.web.InputText;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.websocket.Session;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /ws/project/{id}/?after=n}: replays the project's events after {@code n}, then
 * streams new ones; accepts {@code user_message} (a change request) and {@code resume}
 * from the client.
 */
@Component
class ProjectSocketHandler extends TextWebSocketHandler implements SchedulingConfigurer {

    static final CloseStatus UNKNOWN_PROJECT = new CloseStatus(4404, "Unknown project");
    static final CloseStatus BAD_PATH = new CloseStatus(4400, "Expected /ws/project/{id}/");

    static final CloseStatus BAD_AFTER = new CloseStatus(4400,
            "after must be a non-negative decimal number (the last seq you have), e.g. ?after=42");

    static final CloseStatus FLOOD = new CloseStatus(4429, "Too many messages");

    private static final Pattern PATH = Pattern.compile("/ws/project/(\\d{1,18})/?");

    private static final Logger log = LoggerFactory.getLogger(ProjectSocketHandler.class);

    private final Projects projects;

    private final ProjectEvents events;

    private final ApplicationEventPublisher publisher;

    private final JsonMapper json;

    private final Map<String, Connection> connections = new ConcurrentHashMap<>();

    private final Timer eventLatency;

    private static final long REPLAY_AGE_MS = 5_000;

    private final RealtimeSettings settings;

    private final ChatMessageLimit chatLimit;

    private final Executor writers;

    private final RateLimits rates;

    ProjectSocketHandler(Projects projects, ProjectEvents events, ApplicationEventPublisher publisher, JsonMapper json,
            MeterRegistry registry, RealtimeSettings settings, ChatMessageLimit chatLimit,
            @Qualifier("socketWriters") Executor writers, RateLimits rates) {
        this.settings = settings;
        this.rates = rates;
        this.chatLimit = chatLimit;
        this.writers = writers;
        this.eventLatency = Timer.builder("faibric.events.latency")
            .description("From an event's publication to its sending on a socket")
            .publishPercentiles(0.5, 0.99)
            .register(registry);
        Gauge.builder("faibric.sockets.open", connections, Map::size).register(registry);
        this.projects = projects;
        this.events = events;
        this.publisher = publisher;
        this.json = json;
    }

    /** One open socket: its project, its outbox and its live subscription. */
    private record Connection(long projectId, SocketSubscriber subscriber, AutoCloseable subscription) {
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession raw) throws Exception {
        URI uri = raw.getUri();
        Matcher path = PATH.matcher(uri == null ? "" : uri.getPath());
        if (!path.matches()) {
            raw.close(BAD_PATH);
            return;
        }
        long projectId = Long.parseLong(path.group(1));
        long after = SocketHandshake.after(uri);
        if (after < 0) {
            raw.close(BAD_AFTER);
            return;
        }
        // Another account's project is closed exactly as one that does not exist.
        if (projects.find(projectId).filter(p -> p.ownerId() == SocketHandshake.accountId(raw)).isEmpty()) {
            raw.close(UNKNOWN_PROJECT.withReason("Unknown project " + projectId));
            return;
        }
        if (raw instanceof NativeWebSocketSession nativeSession
                && nativeSession.getNativeSession() instanceof Session standard) {
            standard.getUserProperties()
                .put("org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT", settings.sendTimeout().toMillis());
        }
        SocketSubscriber subscriber = new SocketSubscriber(projectId, raw, events, after, this::delivered, writers);
        // Subscribe before replaying: an event published in between is either replayed
        // or, if it arrives live first, fills the gap from the log — never lost, never
        // sent twice.
        AutoCloseable subscription = events.subscribe(projectId, subscriber);
        connections.put(raw.getId(), new Connection(projectId, subscriber, subscription));
        if (!raw.isOpen() && connections.remove(raw.getId()) != null) {
            // It closed before it was registered: afterConnectionClosed found nothing.
            subscription.close();
            return;
        }
        subscriber.catchUp();
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws IOException {
        Connection connection = connections.get(session.getId());
        if (connection == null) {
            return;
        }
        RateLimits.ChatVerdict verdict = rates.chatMessage(SocketHandshake.accountId(session), session.getId());
        if (!verdict.accepted()) {
            // A flood: told why once more, then closed once that is written.
            reject(session, verdict.detail(), verdict.close() ? FLOOD : null);
            return;
        }
        JsonNode node;
        try {
            node = json.readTree(message.getPayload());
        }
        catch (JacksonException e) {
            reject(session, "Messages must be JSON objects like {\"type\": \"user_message\", \"content\": \"...\"}");
            return;
        }
        if (!node.isObject()) {
            reject(session, "Messages must be JSON objects like {\"type\": \"user_message\", \"content\": \"...\"}");
            return;
        }
        String type = node.path("type").isString() ? node.path("type").asString() : "";
        switch (type) {
            case "user_message" -> {
                JsonNode text = node.path("content");
                String content = text.isString() ? text.asString().strip() : "";
                String unfit = InputText.problem(content);
                if (!text.isString()) {
                    reject(session, "A user_message needs content: a string, like \"make the header blue\"");
                }
                else if (content.isEmpty()) {
                    reject(session, "A user_message needs non-empty content");
                }
                else if (unfit != null) {
                    reject(session, "The message " + unfit);
                }
                else if (content.length() > chatLimit.maxChars()) {
                    reject(session, "A user_message may have at most " + chatLimit.maxChars() + " characters");
                }
                else if (changeAllowed(session)) {
                    events.publish(connection.projectId(), EventType.USER, content);
                    publisher.publishEvent(new UserMessageReceived(connection.projectId(), content));
                }
            }
            case "resume" -> {
                JsonNode after = node.path("after");
                if (after.isMissingNode()
                        || (after.isIntegralNumber() && after.canConvertToLong() && after.asLong() >= 0)) {
                    connection.subscriber().resume(after.asLong(0));
                }
                else {
                    reject(session, "resume needs after: the last seq you have, a non-negative whole number");
                }
            }
            default -> reject(session, "Unknown message type '" + type + "'; expected user_message or resume");
        }
    }

    /** A change request counts against the change rate, as {@code /modify/} does. */
    private boolean changeAllowed(WebSocketSession session) {
        try {
            rates.take(LimitedAction.CHANGE, SocketHandshake.accountId(session), SocketHandshake.address(session));
            return true;
        }
        catch (LimitExceeded e) {
            reject(session, e.detail());
            return false;
        }
    }

    /** Each watched project's latest event number at the previous sweep. */
    private volatile Map<Long, Long> latestAtLastSweep = Map.of();

    /**
     * Every couple of seconds, sockets still short of an event that was already in the
     * log at the previous sweep catch up from the log: an event that another node's
     * fan-out lost (Redis restarted, a message dropped) still arrives. Events newer than
     * that are most likely on their way live, and are left to it.
     */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::catchUpStragglers, settings.catchUpInterval());
    }

    void catchUpStragglers() {
        if (connections.isEmpty()) {
            latestAtLastSweep = Map.of();
            return;
        }
        Set<Long> watched = new HashSet<>();
        connections.values().forEach(c -> watched.add(c.projectId()));
        Map<Long, Long> previous = latestAtLastSweep;
        latestAtLastSweep = projects.lastEventSeqs(watched);
        for (Connection connection : connections.values()) {
            if (connection.subscriber().lastQueued() < previous.getOrDefault(connection.projectId(), 0L)) {
                connection.subscriber().catchUp();
            }
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) throws Exception {
        Connection connection = connections.remove(session.getId());
        if (connection != null) {
            connection.subscription().close();
        }
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        log.debug("WebSocket {} failed: {}", session.getId(), exception.toString());
    }

    /**
     * Publish-to-receipt latency of live events (a replayed event's age is not latency).
     */
    private void delivered(ProjectEvent event) {
        long age = System.currentTimeMillis() - event.timestamp();
        if (age < REPLAY_AGE_MS) {
            eventLatency.record(Duration.ofMillis(Math.max(0, age)));
        }
    }

    /**
     * An answer to this client alone; it is not part of the project's log, so it has no
     * seq.
     */
    private void reject(WebSocketSession session, String message) {
        reject(session, message, null);
    }

    private void reject(WebSocketSession session, String message, @Nullable CloseStatus then) {
        String body = json.writeValueAsString(Map.of("type", EventType.ERROR.wire(), "content", message, "recoverable",
                true, "timestamp", System.currentTimeMillis()));
        Connection connection = connections.get(session.getId());
        if (connection != null) {
            connection.subscriber().tell(body, then);
        }
    }

}
