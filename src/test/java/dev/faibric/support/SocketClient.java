package dev.faibric.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * A WebSocket client that keeps every message it receives, in order, and how the socket
 * closed.
 */
public final class SocketClient implements WebSocket.Listener, AutoCloseable {

    private final BlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();

    private final List<JsonNode> received = new ArrayList<>();

    private final CompletableFuture<String> closed = new CompletableFuture<>();

    private final StringBuilder partial = new StringBuilder();

    private WebSocket socket;

    public static SocketClient connect(String url) {
        return connect(url, (String) null);
    }

    /**
     * Connects as a browser on {@code origin} would; the handshake fails if the server
     * refuses that origin.
     */
    public static SocketClient connect(String url, String origin) {
        return connect(url, origin == null ? java.util.Map.of() : java.util.Map.of("Origin", origin));
    }

    /**
     * Connects with these handshake headers (an Origin, a Cookie, an Authorization); the
     * handshake fails if the server refuses them.
     */
    public static SocketClient connect(String url, java.util.Map<String, String> headers) {
        SocketClient client = new SocketClient();
        WebSocket.Builder builder = HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .connectTimeout(Duration.ofSeconds(5));
        headers.forEach(builder::header);
        client.socket = builder.buildAsync(URI.create(url), client).join();
        return client;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            inbox.add(Api.JSON.readTree(partial.toString()));
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode + " " + reason);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete("error " + error);
    }

    public void send(String json) {
        socket.sendText(json, true).join();
    }

    /** Sends a binary frame; the server may close the socket for it. */
    public void sendBinary(byte[] data) {
        socket.sendBinary(java.nio.ByteBuffer.wrap(data), true).exceptionally(e -> null).join();
    }

    /**
     * Waits for the next message of the given type; everything received on the way is
     * kept.
     */
    public JsonNode await(String type, Duration timeout) {
        return awaitAny(timeout, type);
    }

    /**
     * Waits for the next message of any of the given types (say {@code deployed} or
     * {@code error}); everything received on the way is kept.
     */
    public JsonNode awaitAny(Duration timeout, String... types) {
        List<String> wanted = List.of(types);
        String type = String.join("' or '", types);
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                JsonNode next = left <= 0 ? null : inbox.poll(left, TimeUnit.NANOSECONDS);
                if (next == null) {
                    System.out.println("Threads when '" + type + "' did not come:\n" + busyThreads());
                    throw new AssertionError("no '" + type + "' within " + timeout + "; received " + types());
                }
                received.add(next);
                if (wanted.contains(next.path("type").asString())) {
                    return next;
                }
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * The stacks of this JVM's threads that are not idle in a pool, for a test whose
     * server runs in the same JVM: what a build that stopped sending events waits on.
     */
    static String busyThreads() {
        StringBuilder out = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            String trace = Arrays.stream(stack)
                .limit(40)
                .map(frame -> "    at " + frame)
                .collect(Collectors.joining("\n"));
            if (stack.length > 0 && !trace.contains("LinkedBlockingQueue.take") && !trace.contains("SynchronousQueue")
                    && !trace.contains("ForkJoinPool.awaitWork")) {
                out.append(thread.getName())
                    .append(" (")
                    .append(thread.getState())
                    .append(")\n")
                    .append(trace)
                    .append('\n');
            }
        });
        return out.toString();
    }

    /** Everything received so far (after draining what has arrived), in arrival order. */
    public List<JsonNode> received() {
        inbox.drainTo(received);
        return received;
    }

    public List<String> types() {
        return received().stream().map(n -> n.path("type").asString()).toList();
    }

    public String awaitClose(Duration timeout) {
        return closed.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
        }
    }

}
