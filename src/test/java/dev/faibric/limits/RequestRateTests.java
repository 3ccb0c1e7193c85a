package dev.faibric.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Api;
import dev.faibric.support.IntegrationTest;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Rates per client address and per account on the endpoints that cost, and the usage the
 * caller sees.
 */
@TestPropertySource(properties = { "faibric.limits.generate.per-account=1000", "faibric.limits.generate.per-address=3",
        "faibric.limits.library-search.per-account=2", "faibric.limits.change.per-account=1" })
class RequestRateTests extends IntegrationTest {

    @Test
    void oneAddressGetsItsOwnRateAndAnotherAddressIsNotHeldBackByIt() throws Exception {
        int accepted = 0;
        HttpResponse<String> refused = null;
        for (int i = 0; i < 5 && refused == null; i++) {
            HttpResponse<String> response = generateFrom("127.0.0.1");
            if (response.statusCode() == 429) {
                refused = response;
            }
            else {
                accepted++;
            }
        }
        assertThat(accepted).isLessThanOrEqualTo(3);
        assertThat(refused).isNotNull();
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(Api.JSON.readTree(refused.body()).path("detail").asString())
            .startsWith("Too many app generations: at most 3 a minute from one address.");

        assertThat(generateFrom("127.0.0.2").statusCode()).isEqualTo(201);
    }

    @Test
    void searchesBeyondTheAccountsRateAreRefusedWithTheRate() {
        api().get("/api/repository/search/?q=timer");
        api().get("/api/repository/search/?q=timer");
        Api.Response third = api().get("/api/repository/search/?q=timer");

        assertThat(third.status()).isEqualTo(429);
        assertThat(third.json().path("detail").asString())
            .startsWith("Too many library searches: at most 2 a minute per account. Try again in ");
        assertThat(api().get("/api/repository/templates/").status()).isEqualTo(200);
    }

    @Test
    void changeRequestsBeyondTheRateAreRefused() throws Exception {
        long id = Api.JSON.readTree(generateFrom("127.0.0.3").body()).path("id").asLong();
        String change = "{\"request\": \"make the header blue\"}";
        Api.Response first = api().post("/api/v2/projects/" + id + "/modify/", "application/json", change);
        Api.Response second = api().post("/api/v2/projects/" + id + "/modify/", "application/json", change);

        assertThat(first.status()).isIn(202, 409);
        assertThat(second.status()).isEqualTo(429);
        assertThat(second.json().path("detail").asString())
            .startsWith("Too many change requests: at most 1 a minute per account.");
    }

    @Test
    void theUsageEndpointShowsQuotasBuildsAndRates() {
        JsonNode usage = api().get("/api/usage").json();

        assertThat(usage.path("accountId").asLong()).isEqualTo(1);
        assertThat(usage.path("limited").asBoolean()).isTrue();
        assertThat(usage.path("generationsToday").path("limit").asInt()).isEqualTo(100000);
        assertThat(usage.path("tokensThisMonth").path("limit").asLong()).isEqualTo(2_000_000);
        assertThat(usage.path("tokensThisMonth").path("resetsAt").asString()).endsWith("T00:00:00Z");
        assertThat(usage.path("builds").path("maxRunning").asInt()).isEqualTo(1000);
        assertThat(usage.path("rates").findValuesAsString("action")).containsExactly("generate", "change",
                "library-import", "library-search", "sign-in");
        JsonNode generate = usage.path("rates").get(0);
        assertThat(generate.path("perAddress").asInt()).isEqualTo(3);
        assertThat(generate.path("periodSeconds").asLong()).isEqualTo(60);
        assertThat(usage.path("chatMessages").path("perConnection").asInt()).isEqualTo(100000);
        assertThat(api().get("/usage").body()).contains("<div id=\"root\">");
    }

    private HttpResponse<String> generateFrom(String address) throws Exception {
        HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName(address)).build();
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v2/generate/"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\": \"a tip calculator\"}"))
            .build(), HttpResponse.BodyHandlers.ofString());
    }

}
