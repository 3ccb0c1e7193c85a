package dev.faibric.dataapi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A page listening to an app's live updates, as an EventSource would: the stream of lines
 * read on a thread of its own, waited for line by line.
 */
final class LiveClient implements AutoCloseable {

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private final List<String> seen = new ArrayList<>();

    private final HttpResponse<Stream<String>> response;

    private final Thread reader;

    LiveClient(String url) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.response = http
            .sendAsync(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofLines())
            .get(10, TimeUnit.SECONDS);
        this.reader = Thread.ofVirtual().start(() -> {
            try {
                this.response.body().forEach(this.lines::add);
            }
            catch (RuntimeException closed) {
                // the stream was closed
            }
        });
    }

    int status() {
        return this.response.statusCode();
    }

    String contentType() {
        return this.response.headers().firstValue("content-type").orElse("");
    }

    /** Waits for a line starting with this text, and returns it. */
    String await(String start) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            String line = this.lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null) {
                this.seen.add(line);
                if (line.startsWith(start)) {
                    return line;
                }
            }
        }
        throw new AssertionError("no line starting with " + start + " in " + this.seen);
    }

    /** The lines that arrived in this long, without waiting for any in particular. */
    List<String> drain(Duration wait) throws InterruptedException {
        Thread.sleep(wait.toMillis());
        List<String> drained = new ArrayList<>();
        this.lines.drainTo(drained);
        return drained;
    }

    @Override
    public void close() {
        this.response.body().close();
        this.reader.interrupt();
    }

}
