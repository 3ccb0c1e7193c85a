package dev.faibric.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The container image's health check, for images without curl or wget: asks this node's
 * readiness endpoint on 127.0.0.1 and exits 0 when it answers 200, 1 otherwise. Run alone
 * ({@code java -cp BOOT-INF/classes dev.faibric.platform.HealthProbe}), it needs nothing
 * but {@code java.base}: no Spring, no HTTP client. The port is {@code SERVER_PORT} (8080
 * by default); the {@code Host} it sends is one the platform answers to
 * ({@code localhost} unless {@code FAIBRIC_PLATFORM_HOSTS} leaves it out).
 */
public final class HealthProbe {

    static final String PATH = "/actuator/health/readiness";

    private HealthProbe() {
    }

    public static void main(String[] args) {
        String port = System.getenv().getOrDefault("SERVER_PORT", "8080").strip();
        String host = host(System.getenv("FAIBRIC_PLATFORM_HOSTS"));
        try {
            String path = args.length > 0 && args[0].startsWith("/") ? args[0] : PATH;
            int status = status(Integer.parseInt(port.isEmpty() ? "8080" : port), host, path);
            System.exit(status == 200 ? 0 : 1);
        }
        catch (IOException | RuntimeException ex) {
            System.err.println("readiness: " + ex);
            System.exit(1);
        }
    }

    static String host(String platformHosts) {
        List<String> hosts = platformHosts == null ? List.of()
                : Arrays.stream(platformHosts.split(","))
                    .map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .filter(h -> !h.isEmpty())
                    .toList();
        return hosts.isEmpty() || hosts.contains("localhost") || hosts.contains("*") ? "localhost" : hosts.get(0);
    }

    static int status(int port, String host, String path) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: application/json\r\n"
                    + "Connection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\n' && line.length() < 200; c = in.read()) {
                line.append((char) c);
            }
            String[] parts = line.toString().split(" ");
            return parts.length > 1 && parts[0].startsWith("HTTP/") ? Integer.parseInt(parts[1]) : -1;
        }
    }

}
