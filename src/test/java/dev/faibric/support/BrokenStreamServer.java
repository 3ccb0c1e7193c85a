package dev.faibric.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server that starts a server-sent event stream and then drops the connection (a
 * TCP reset) part-way through, as a vendor's server or a proxy does when it fails in
 * mid-answer.
 */
public final class BrokenStreamServer implements AutoCloseable {

    private static final java.time.Duration BEFORE_THE_BREAK = java.time.Duration.ofMillis(300);

    private final ServerSocket server;

    private final AtomicInteger requests = new AtomicInteger();

    private final Thread acceptor;

    public BrokenStreamServer(List<String> eventsBeforeTheBreak) {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = Thread.ofVirtual().start(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    requests.incrementAndGet();
                    readRequest(socket.getInputStream());
                    OutputStream out = socket.getOutputStream();
                    out.write(
                            ("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                    for (String event : eventsBeforeTheBreak) {
                        byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
                        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(bytes);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    }
                    // Give the client time to read what was sent, then reset the
                    // connection.
                    Thread.sleep(BEFORE_THE_BREAK);
                    socket.setSoLinger(true, 0);
                }
                catch (IOException e) {
                    // closed by the test, or the client went away
                }
                catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/v1";
    }

    public int requests() {
        return requests.get();
    }

    private static void readRequest(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int b;
        while ((b = in.read()) != -1) {
            head.append((char) b);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        String lower = head.toString().toLowerCase(java.util.Locale.ROOT);
        int at = lower.indexOf("content-length:");
        if (at >= 0) {
            int length = Integer.parseInt(lower.substring(at + 15, lower.indexOf("\r\n", at)).strip());
            in.readNBytes(length);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        acceptor.interrupt();
    }

}
