package dev.faibric.dataapi;

import dev.faibric.datastore.DataSettings;
import dev.faibric.limits.LimitExceeded;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.http.MediaType;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The live listeners of every app on this node: each gets {@code event: change} with
 * {@code {"collection","action","id"}} after a write to a collection it listens to, and a
 * comment every {@code heartbeat} so that proxies keep the stream open. At most
 * {@code maxListeners} per app; a stream leaves when it completes, times out or fails,
 * and every stream is completed before the server shuts down, so none holds up a graceful
 * shutdown.
 */
@Component
class LiveListeners implements SmartLifecycle {

    /** How long a stream stays open; the browser's EventSource then opens another. */
    static final Duration STREAM_TIME = Duration.ofMinutes(30);

    private final DataChanges changes;

    private final SimpleAsyncTaskExecutor writers;

    private final TaskScheduler scheduler;

    private final DataSettings settings;

    private final Map<Long, Set<LiveStream>> streams = new ConcurrentHashMap<>();

    private @Nullable ScheduledFuture<?> heartbeats;

    LiveListeners(DataChanges changes, SimpleAsyncTaskExecutor liveWriters, TaskScheduler scheduler,
            DataSettings settings) {
        this.changes = changes;
        this.writers = liveWriters;
        this.scheduler = scheduler;
        this.settings = settings;
    }

    /**
     * A new stream of an app's changes.
     * @param collections the collections listened to; empty for all
     * @throws LimitExceeded when the app has as many listeners as it may on this node
     */
    SseEmitter open(long projectId, Set<String> collections) {
        SseEmitter emitter = new SseEmitter(STREAM_TIME.toMillis());
        LiveStream stream = new LiveStream(emitter, collections, this.writers);
        boolean[] admitted = { false };
        this.streams.compute(projectId, (id, set) -> {
            Set<LiveStream> joined = (set == null) ? ConcurrentHashMap.newKeySet() : set;
            if (joined.size() < this.settings.maxListeners()) {
                joined.add(stream);
                admitted[0] = true;
            }
            return joined.isEmpty() ? null : joined;
        });
        if (!admitted[0]) {
            throw new LimitExceeded("This app has as many live listeners as it may: at most "
                    + this.settings.maxListeners() + ". Try again in 30 seconds.", Duration.ofSeconds(30));
        }
        AutoCloseable listening = this.changes.listen(projectId, change -> {
            if (stream.hears(change.collection())) {
                stream.offer(SseEmitter.event().name("change").data(json(change), MediaType.APPLICATION_JSON));
            }
        });
        Runnable leave = () -> leave(projectId, stream, listening);
        emitter.onCompletion(leave);
        emitter.onTimeout(() -> {
            leave.run();
            emitter.complete();
        });
        emitter.onError(failure -> leave.run());
        stream.offer(SseEmitter.event().comment("listening").reconnectTime(3000));
        return emitter;
    }

    private void leave(long projectId, LiveStream stream, AutoCloseable listening) {
        stream.close();
        try {
            listening.close();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
        this.streams.computeIfPresent(projectId, (id, set) -> {
            set.remove(stream);
            return set.isEmpty() ? null : set;
        });
    }

    /** How many streams an app has open on this node. */
    int listening(long projectId) {
        return this.streams.getOrDefault(projectId, Set.of()).size();
    }

    private static String json(DataChanges.Change change) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("collection", change.collection());
        node.put("action", change.action().wire());
        node.put("id", change.id());
        return node.toString();
    }

    private void beat() {
        this.streams.values().forEach(set -> set.forEach(s -> s.offer(SseEmitter.event().comment("heartbeat"))));
    }

    @Override
    public void start() {
        this.heartbeats = this.scheduler.scheduleAtFixedRate(this::beat, this.settings.heartbeat());
    }

    @Override
    public void stop() {
        if (this.heartbeats != null) {
            this.heartbeats.cancel(false);
            this.heartbeats = null;
        }
        this.streams.values().forEach(set -> set.forEach(s -> {
            s.close();
            s.emitter().complete();
        }));
    }

    @Override
    public boolean isRunning() {
        return this.heartbeats != null;
    }

}
