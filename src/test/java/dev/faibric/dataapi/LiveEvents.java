package dev.faibric.dataapi;

import dev.faibric.support.AppVisitor;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A visitor's stream of live changes ({@code /_api/live}), read as a browser's
 * EventSource would: the {@code data:} of each {@code change} event, in order.
 */
final class LiveEvents implements AutoCloseable {

    private final BlockingQueue<String> data = new LinkedBlockingQueue<>();

    private final HttpResponse<Stream<String>> response;

    /**
     * Reads the stream on a thread of its own: a callback on the response could run on
     * the caller's thread (when the head came before it was attached) and block it.
     */
    private LiveEvents(HttpResponse<Stream<String>> response) {
        this.response = response;
        Thread.ofVirtual().start(() -> {
            try {
                response.body()
                    .filter(line -> line.startsWith("data:"))
                    .forEach(line -> this.data.add(line.substring(5).strip()));
            }
            catch (RuntimeException closed) {
                // the stream was closed
            }
        });
    }

    /** Opens the stream and waits until the server has answered its head. */
    static LiveEvents open(AppVisitor visitor, String collections) throws Exception {
        HttpResponse<Stream<String>> head = visitor.client()
            .sendAsync(visitor.request("/_api/live?collections=" + collections)
                .header("Accept", "text/event-stream")
                .timeout(java.time.Duration.ofMinutes(1))
                .GET()
                .build(), HttpResponse.BodyHandlers.ofLines())
            .get(10, TimeUnit.SECONDS);
        if (head.statusCode() != 200) {
            head.body().close();
            throw new AssertionError("live updates answered " + head.statusCode());
        }
        return new LiveEvents(head);
    }

    /** The next change's data, waiting up to ten seconds. */
    String next() throws InterruptedException {
        String next = this.data.poll(10, TimeUnit.SECONDS);
        if (next == null) {
            throw new AssertionError("no live change within 10 s");
        }
        return next;
    }

    @Override
    public void close() {
        this.response.body().close();
    }

}
