package dev.faibric.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests that Tomcat refuses before any servlet runs, and the app host (by host name
 * and by path) against traversal, encoded slashes, NUL bytes, overlong paths, odd methods
 * and bad slugs: each a clean problem, never a file outside the app, never a 500.
 */
class HostileHttpTests extends HostileTest {

    private static final String MALFORMED = "The request is malformed";

    private String slug;

    @BeforeAll
    void aDeployedApp() {
        slug = deployedProject().slug();
    }

    static Stream<Arguments> protocol() {
        String host = "\r\nHost: localhost\r\nConnection: close";
        return Stream.of(Arguments.of("bad %-encoding", "GET /api/projects/%zz HTTP/1.1" + host, 400, MALFORMED),
                Arguments.of("spaces in the target", "GET /a b c HTTP/1.1" + host, 400, MALFORMED),
                Arguments.of("a control character in the target", "GET /api/\u0001 HTTP/1.1" + host, 400, MALFORMED),
                Arguments.of("a NUL in the target", "GET /api/projects/%00 HTTP/1.1" + host, 400, MALFORMED),
                Arguments.of("an encoded slash", "GET /api/projects%2F1 HTTP/1.1" + host, 400, MALFORMED),
                Arguments.of("a backslash", "GET /api\\projects HTTP/1.1" + host, 400, MALFORMED),
                Arguments.of("traversal above the root", "GET /api/../../etc/passwd HTTP/1.1" + host, 400, MALFORMED),
                Arguments.of("encoded traversal", "GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1" + host, 400, MALFORMED),
                Arguments.of("a control character in a header",
                        "GET /api/projects/ HTTP/1.1" + host + "\r\nX-A\u0001: b", 400, MALFORMED),
                Arguments.of("no Host header", "GET /api/projects/ HTTP/1.1\r\nConnection: close", 400, MALFORMED),
                Arguments.of("two Host headers", "GET /api/projects/ HTTP/1.1" + host + "\r\nHost: evil.example", 400,
                        MALFORMED),
                Arguments.of("a bad Host header", "GET /api/projects/ HTTP/1.1\r\nHost: a b\r\nConnection: close", 400,
                        MALFORMED),
                Arguments.of("a negative Content-Length",
                        "POST /api/v2/generate/ HTTP/1.1" + host + "\r\nContent-Length: -1", 400, MALFORMED),
                Arguments.of("a Content-Length that is not a number",
                        "POST /api/v2/generate/ HTTP/1.1" + host + "\r\nContent-Length: ten", 400, MALFORMED),
                Arguments.of("an overlong target", "GET /" + "a".repeat(10_000) + " HTTP/1.1" + host, 400, MALFORMED),
                Arguments.of("an overlong header", "GET / HTTP/1.1" + host + "\r\nX-Big: " + "b".repeat(10_000), 400,
                        MALFORMED),
                Arguments.of("an unknown protocol", "GET /api/projects/ HTTP/7.1" + host, 505, "HTTP/1.1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protocol")
    void aRequestTomcatRefusesIsAProblemToo(String name, String head, int status, String detail) {
        Map<String, Long> before = stored();
        assertProblem(http().send(head, new byte[0]), status, detail);
        assertThat(stored()).isEqualTo(before);
    }

    /**
     * Method, path, and the answer by host name and by path. By path, Tomcat sees the
     * {@code ..} inside the app's directory and passes it on; the app's file server
     * refuses it.
     */
    static Stream<Arguments> appHost() {
        return Stream.of(Arguments.of("GET", "/../../etc/passwd", 400, MALFORMED, 404, "Not found"),
                Arguments.of("GET", "/%2e%2e/%2e%2e/etc/passwd", 400, MALFORMED, 404, "Not found"),
                Arguments.of("GET", "/..%2f..%2fetc%2fpasswd", 400, MALFORMED, 400, MALFORMED),
                Arguments.of("GET", "/%2fetc%2fpasswd", 400, MALFORMED, 400, MALFORMED),
                Arguments.of("GET", "/a%00b", 400, MALFORMED, 400, MALFORMED),
                Arguments.of("GET", "/%5c..%5c..%5cetc%5cpasswd", 400, MALFORMED, 400, MALFORMED),
                Arguments.of("GET", "/" + "a".repeat(5_000), 404, "Not found", 404, "Not found"),
                Arguments.of("GET", "/nope.js", 404, "Not found: /nope.js", 404, "Not found: /nope.js"),
                Arguments.of("GET", "/_runtime/nope.js", 404, "No runtime module", 404, "No runtime module"),
                Arguments.of("GET", "/_runtime/../../etc/passwd", 400, MALFORMED, 404, "No runtime module"),
                Arguments.of("GET", "/%E2%80%AE.js", 404, "Not found", 404, "Not found"),
                Arguments.of("DELETE", "/", 405, "", 405, ""), Arguments.of("PUT", "/App.js", 405, "", 405, ""),
                Arguments.of("POST", "/", 405, "", 405, ""), Arguments.of("PROPFIND", "/", 405, "", 405, ""),
                Arguments.of("PATCH", "/index.html", 405, "", 405, ""), Arguments.of("TRACE", "/", 405, "", 405, ""));
    }

    @ParameterizedTest(name = "{0} <slug>.apps.localhost{1}")
    @MethodSource("appHost")
    void theAppHostAnswersHostileRequestsCleanly(String method, String path, int status, String detail,
            int byPathStatus, String byPathDetail) {
        assertProblem(http().request(method, path, slug + ".apps.localhost:" + port, null, new byte[0]), status,
                detail);
    }

    @ParameterizedTest(name = "{0} /apps/<slug>{1}")
    @MethodSource("appHost")
    void theAppPathAnswersHostileRequestsCleanly(String method, String path, int byHostStatus, String byHostDetail,
            int status, String detail) {
        assertProblem(http().request(method, "/apps/" + slug + path, "localhost", null, new byte[0]), status, detail);
    }

    static Stream<Arguments> badSlugs() {
        return Stream.of(Arguments.of("nope-123456", 404, "No deployed app named nope-123456", 404, ""),
                Arguments.of("UPPER-case", 404, "No deployed app named upper-case", 404, "UPPER-case"),
                Arguments.of("x".repeat(200), 404, "No deployed app named", 404, ""),
                Arguments.of("xn--80ak6aa92e", 404, "No deployed app named", 404, ""),
                // Not a host name Tomcat accepts.
                Arguments.of("a_b", 400, MALFORMED, 404, "No deployed app named a_b"),
                Arguments.of("-", 400, MALFORMED, 404, "No deployed app named -"));
    }

    @ParameterizedTest(name = "{0}.apps.localhost")
    @MethodSource("badSlugs")
    void anAppThatDoesNotExistIsA404OrRefusedByHost(String name, int status, String detail, int byPath,
            String byPathDetail) {
        assertProblem(http().request("GET", "/", name + ".apps.localhost:" + port, null, new byte[0]), status, detail);
    }

    @ParameterizedTest(name = "/apps/{0}/")
    @MethodSource("badSlugs")
    void anAppThatDoesNotExistIsA404ByPath(String name, int byHost, String byHostDetail, int status, String detail) {
        assertProblem(http().request("GET", "/apps/" + name + "/", "localhost", null, new byte[0]), status,
                "No deployed app named " + (detail.isEmpty() ? name : detail).replace("No deployed app named ", ""));
    }

}
