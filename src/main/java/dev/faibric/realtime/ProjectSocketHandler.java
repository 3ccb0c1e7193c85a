package dev.faibric.realtime;

import dev.faibric.account.Account;
import dev.faibric.limits.LimitExceeded;
import dev.faibric.limits.LimitedAction;
import dev.faibric.limits.RateLimits;
import dev.faibric.project.Projects;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.websocket.Session;
import java.io.IOException;
import java.net.InetSocketAddress;
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
import org.springframework.web.util.UriComponentsBuilder;
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

    static final CloseStatus FLOOD = new CloseStatus(4429, "Too many messages");

    /** Where the handshake puts the signed-in account's id (a {@code Long}). */
    static final String ACCOUNT_ID = "faibric.accountId";

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
        if (!projects.exists(projectId)) {
            raw.close(UNKNOWN_PROJECT.withReason("Unknown project " + projectId));
            return;
        }
        if (raw instanceof NativeWebSocketSession nativeSession
                && nativeSession.getNativeSession() instanceof Session standard) {
            standard.getUserProperties()
                .put("org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT", settings.sendTimeout().toMillis());
        }
        SocketSubscriber subscriber = new SocketSubscriber(projectId, raw, events, afterParameter(uri), this::delivered,
                writers);
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
        RateLimits.ChatVerdict verdict = rates.chatMessage(accountId(session), session.getId());
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
        String type = node.path("type").asString("");
        switch (type) {
            case "user_message" -> {
                String content = node.path("content").asString("").strip();
                if (content.isEmpty()) {
                    reject(session, "A user_message needs non-empty content");
                }
                else if (content.length() > chatLimit.maxChars()) {
                    reject(session, "A user_message may have at most " + chatLimit.maxChars() + " characters");
                }
                else if (changeAllowed(session)) {
                    events.publish(connection.projectId(), EventType.USER, content);
                    publisher.publishEvent(new UserMessageReceived(connection.projectId(), content));
                }
            }
            case "resume" -> connection.subscriber().resume(node.path("after").asLong(0));
            default -> reject(session, "Unknown message type '" + type + "'; expected user_message or resume");
        }
    }

    /** A change request counts against the change rate, as {@code /modify/} does. */
    private boolean changeAllowed(WebSocketSession session) {
        try {
            rates.take(LimitedAction.CHANGE, accountId(session), address(session));
            return true;
        }
        catch (LimitExceeded e) {
            reject(session, e.detail());
            return false;
        }
    }

    private static String address(WebSocketSession session) {
        InetSocketAddress remote = session.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    private static long accountId(WebSocketSession session) {
        return session.getAttributes().get(ACCOUNT_ID) instanceof Long id ? id : Account.LOCAL_ID;
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

    private static long afterParameter(URI uri) {
        String after = UriComponentsBuilder.fromUri(uri).build().getQueryParams().getFirst("after");
        try {
            return after == null ? 0 : Math.max(0, Long.parseLong(after));
        }
        catch (NumberFormatException e) {
            return 0;
        }
    }

}
