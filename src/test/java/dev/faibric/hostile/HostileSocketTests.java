package dev.faibric.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.SocketClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The project WebSocket against hostile clients: origins that are not the platform's (or
 * not origins at all) are refused at the handshake, a bad {@code ?after=} or path closes
 * with 4400 and a reason, and a bad message gets an {@code error} to that client alone,
 * with nothing stored.
 */
class HostileSocketTests extends HostileTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private long project;

    @BeforeAll
    void aProjectWithAVersion() {
        project = deployedProject().id();
    }

    /**
     * The status line of a handshake sent by hand with this Origin header (raw bytes).
     */
    private String handshake(byte[] origin) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(5_000);
            String head = "GET /ws/project/" + project + "/ HTTP/1.1\r\nHost: localhost:" + port
                    + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nOrigin: ";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(origin);
            socket.getOutputStream().write("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0 && c != '\r') {
                line.append((char) c);
            }
            return line.toString();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "Origin: {0}")
    @ValueSource(strings = { "http://[::1", "::::", "http://évil.example", "null", "http://evil.example",
            "http://localhost:1", "javascript:alert(1)", "http://localhost@evil.example", "http://%zz", "http://a b",
            "file://", "http://tip.apps.localhost", "data:text/html,x", "http://localhost.evil.example",
            "https://localhost", "http://localhost:99999", "http://" })
    void aForeignOrMalformedOriginIsRefusedAtTheHandshake(String origin) {
        Map<String, Long> before = stored();
        String status = handshake(
                origin.replace("tip.apps.localhost", "tip.apps.localhost:" + port).getBytes(StandardCharsets.UTF_8));
        assertThat(status).isEqualTo("HTTP/1.1 403 ");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void theOriginOfADeployedAppIsRefused() {
        String slug = api().get("/api/projects/" + project + "/").json().path("slug").asString();
        assertThat(handshake(("http://" + slug + ".apps.localhost:" + port).getBytes(StandardCharsets.UTF_8)))
            .isEqualTo("HTTP/1.1 403 ");
    }

    @ParameterizedTest(name = "?after={0}")
    @ValueSource(strings = { "-1", "abc", "1e3", "0x10", "%2B1", "01", "%201", "", "99999999999999999999",
            "9223372036854775808", "1.5", "%00", "1,2", "%EF%BC%91" })
    void anAfterThatIsNotASeqClosesWith4400AndSaysWhy(String after) {
        try (SocketClient socket = socket(project, "?after=" + after)) {
            assertThat(socket.awaitClose(WAIT)).isEqualTo("4400 " + "after must be a non-negative decimal number "
                    + "(the last seq you have), e.g. ?after=42");
        }
    }

    static Stream<Arguments> badPaths() {
        return Stream.of(Arguments.of("abc", "4400 Expected /ws/project/{id}/"),
                Arguments.of("99999999999999999999", "4400 Expected /ws/project/{id}/"),
                Arguments.of("0x1", "4400 Expected /ws/project/{id}/"),
                Arguments.of("-1", "4400 Expected /ws/project/{id}/"),
                Arguments.of("%EF%BC%91", "4400 Expected /ws/project/{id}/"),
                Arguments.of("987654321", "4404 Unknown project 987654321"));
    }

    @ParameterizedTest(name = "/ws/project/{0}/")
    @MethodSource("badPaths")
    void aPathThatIsNotAProjectClosesAndSaysWhy(String id, String close) {
        try (SocketClient socket = SocketClient.connect("ws://localhost:" + port + "/ws/project/" + id + "/")) {
            assertThat(socket.awaitClose(WAIT)).isEqualTo(close);
        }
    }

    static Stream<Arguments> badMessages() {
        String json = "Messages must be JSON objects";
        String unknown = "Unknown message type";
        String content = "needs content: a string";
        String resume = "resume needs after";
        return Stream.of(Arguments.of("not json", json), Arguments.of("{", json), Arguments.of("[]", json),
                Arguments.of("5", json), Arguments.of("\"user_message\"", json), Arguments.of("null", json),
                Arguments.of("{\"type\": \"user_message\", \"type\": \"resume\"}", json), Arguments.of("{}", unknown),
                Arguments.of("{\"type\": 5}", unknown), Arguments.of("{\"type\": \"bogus\"}", unknown),
                Arguments.of("{\"type\": [\"user_message\"]}", unknown),
                Arguments.of("{\"type\": \"USER_MESSAGE\", \"content\": \"hi\"}", unknown),
                Arguments.of("{\"type\": \"user_message\"}", content),
                Arguments.of("{\"type\": \"user_message\", \"content\": 5}", content),
                Arguments.of("{\"type\": \"user_message\", \"content\": true}", content),
                Arguments.of("{\"type\": \"user_message\", \"content\": {}}", content),
                Arguments.of("{\"type\": \"user_message\", \"content\": [\"make it blue\"]}", content),
                Arguments.of("{\"type\": \"user_message\", \"content\": null}", content),
                Arguments.of("{\"type\": \"user_message\", \"content\": \"\"}", "non-empty content"),
                Arguments.of("{\"type\": \"user_message\", \"content\": \"  \\n \"}", "non-empty content"),
                Arguments.of("{\"type\": \"user_message\", \"content\": \"\\u200b\\u2060\"}",
                        "has no visible characters"),
                Arguments.of("{\"type\": \"user_message\", \"content\": \"blue\\u0000\"}",
                        "contains a control character"),
                Arguments.of("{\"type\": \"user_message\", \"content\": \"blue \\ud800\"}",
                        "contains an unpaired surrogate"),
                Arguments.of("{\"type\": \"user_message\", \"content\": \"" + "x".repeat(4001) + "\"}",
                        "at most 4000 characters"),
                Arguments.of("{\"type\": \"resume\", \"after\": -1}", resume),
                Arguments.of("{\"type\": \"resume\", \"after\": \"5\"}", resume),
                Arguments.of("{\"type\": \"resume\", \"after\": 1.5}", resume),
                Arguments.of("{\"type\": \"resume\", \"after\": 99999999999999999999}", resume),
                Arguments.of("{\"type\": \"resume\", \"after\": null}", resume));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badMessages")
    void aBadMessageGetsAnErrorToThatClientAloneAndStoresNothing(String message, String error) {
        Map<String, Long> before = stored();
        try (SocketClient socket = socket(project, "?after=1000000")) {
            socket.send(message);
            JsonNode answer = socket.await("error", WAIT);
            assertThat(answer.path("content").asString()).contains(error);
            assertThat(answer.path("recoverable").asBoolean()).isTrue();
            assertThat(answer.has("seq")).isFalse();
        }
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aBinaryFrameClosesTheSocketAsUnacceptable() {
        try (SocketClient socket = socket(project, "?after=1000000")) {
            socket.sendBinary(new byte[] { 1, 2, 3 });
            assertThat(socket.awaitClose(WAIT)).startsWith("1003");
        }
    }

    @Test
    void aMessageOverTheBufferClosesTheSocketAsTooBig() {
        Map<String, Long> before = stored();
        try (SocketClient socket = socket(project, "?after=1000000")) {
            socket.send("{\"type\": \"user_message\", \"content\": \"" + "x".repeat(70_000) + "\"}");
            assertThat(socket.awaitClose(WAIT)).startsWith("1009");
        }
        assertThat(stored()).isEqualTo(before);
    }

}
