package dev.faibric.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Api;
import dev.faibric.support.IntegrationTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The size limit of API requests holds for the bytes actually read, whatever the headers
 * say: a 100 MB chunked body is refused once the limit is passed, without the server
 * holding it in memory or reading it all.
 */
class ChunkedBodyTests extends IntegrationTest {

    private static final long MB = 1024 * 1024;

    /**
     * What a client streaming {@code total} bytes chunked gets back, and how much it
     * wrote.
     */
    private record Streamed(String answer, long written) {
    }

    private Streamed streamChunked(String path, String contentType, long total) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                    + "\r\nTransfer-Encoding: chunked\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
            CompletableFuture<Long> writer = CompletableFuture.supplyAsync(() -> {
                // One JSON string that never ends: the parser reads on until the limit.
                byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
                long written = 0;
                try {
                    out.write("c\r\n{\"prompt\": \"\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    while (written < total) {
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                        written += chunk.length;
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                catch (IOException e) {
                    // The server closed the connection: what we expect once it has
                    // answered.
                }
                return written;
            });
            String answer = new String(RawHttp.readAll(socket.getInputStream()), StandardCharsets.UTF_8);
            socket.shutdownInput();
            long written = writer.get(30, TimeUnit.SECONDS);
            return new Streamed(answer, written);
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    @Test
    void aHundredMegabyteChunkedBodyIsRefusedAtTheLimitWithMemoryFlat() throws Exception {
        long before = usedHeap();
        long started = System.nanoTime();

        Streamed streamed = streamChunked("/api/v2/generate/", "application/json", 100 * MB);

        long growth = usedHeap() - before;
        assertThat(streamed.answer()).startsWith("HTTP/1.1 413 ")
            .contains("application/problem+json")
            .contains("\"detail\":\"API requests may be at most 256 KB; this one is larger.\"");
        assertThat(streamed.written()).as("bytes the server took before closing").isLessThan(20 * MB);
        assertThat(growth).as("heap growth").isLessThan(40 * MB);
        System.out.printf("100 MB chunked body: refused after %.1f MB were sent, heap grew %.1f MB, %d ms%n",
                streamed.written() / (double) MB, growth / (double) MB, (System.nanoTime() - started) / 1_000_000);
        assertThat(api().get("/api/system/info").status()).isEqualTo(200);
    }

    @Test
    void aChunkedZipOverTheImportLimitIsRefused() throws Exception {
        Streamed streamed = streamChunked("/api/repository/import", "application/zip", 8 * MB);

        assertThat(streamed.answer()).startsWith("HTTP/1.1 413 ").contains("at most 5120 KB");
    }

    @Test
    void aBodyUnderTheLimitIsReadAsBefore() {
        Api.Response response = api().post("/api/v2/generate/", "application/json",
                "{\"prompt\": \"" + "\u200b".repeat(60_000) + "\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("detail").asString()).contains("has no visible characters");
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() {
        Api.Response response = api().post("/api/v2/generate/", "application/json",
                "{\"prompt\": \"" + "x".repeat(300 * 1024) + "\"}");

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().path("detail").asString())
            .isEqualTo("API requests may be at most 256 KB; this one is 300 KB.");
    }

}
