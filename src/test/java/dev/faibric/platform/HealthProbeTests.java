package dev.faibric.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthProbeTests {

    @Test
    void asksAsAHostThePlatformAnswersTo() {
        assertThat(HealthProbe.host(null)).isEqualTo("localhost");
        assertThat(HealthProbe.host("")).isEqualTo("localhost");
        assertThat(HealthProbe.host("faibric.example.com, LOCALHOST")).isEqualTo("localhost");
        assertThat(HealthProbe.host("*")).isEqualTo("localhost");
        assertThat(HealthProbe.host(" Faibric.example.com,other.example.com")).isEqualTo("faibric.example.com");
    }

    @Test
    void readsTheStatusOfTheReadinessEndpoint() throws IOException {
        List<String> hosts = new ArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            hosts.add(exchange.getRequestHeaders().getFirst("Host"));
            int status = exchange.getRequestURI().getPath().equals(HealthProbe.PATH) ? 200 : 503;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        try {
            int port = server.getAddress().getPort();
            assertThat(HealthProbe.status(port, "localhost", HealthProbe.PATH)).isEqualTo(200);
            assertThat(HealthProbe.status(port, "localhost", "/actuator/health/liveness")).isEqualTo(503);
            assertThat(hosts).containsOnly("localhost");
        }
        finally {
            server.stop(0);
        }
    }

}
