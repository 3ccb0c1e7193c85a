package dev.faibric.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.datastore.AppDataStore;
import dev.faibric.project.BuildLeases;
import dev.faibric.support.Api;
import dev.faibric.support.AppVisitor;
import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A data-backed app made by the offline composer, changed once, then looked back on:
 * every version at its own address, restored forward with its data kept, bookmarked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VersionHistoryTests extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    AppDataStore data;

    @Autowired
    BuildLeases leases;

    private long id;

    private String slug;

    @BeforeAll
    void anAppChangedOnce() {
        JsonNode created = api().generate("a guestbook for our wedding").json();
        this.id = created.path("id").asLong();
        try (SocketClient socket = socket(this.id, "")) {
            JsonNode first = socket.awaitAny(WAIT, "deployed", "error");
            assertThat(first.path("type").asString()).as("%s after %s", first, socket.types()).isEqualTo("deployed");
            Api.Response change = api().post("/api/v2/projects/" + this.id + "/modify", "application/json",
                    "{\"request\": \"make it green and call it Our Wedding\"}");
            assertThat(change.status()).isEqualTo(202);
            assertThat(socket.await("deployed", WAIT).path("version").asInt()).isEqualTo(2);
        }
        this.slug = api().get("/api/projects/" + this.id).json().path("slug").asString();
    }

    private String etagAt(String name) {
        Api.Response page = api().getWithHost("/", name + ".apps.localhost:" + this.port);
        assertThat(page.status()).as(name).isEqualTo(200);
        return page.header("ETag");
    }

    @Test
    @Order(1)
    void everyVersionHasAnAddressOfItsOwnAndTheLiveOneFollowsTheNewest() {
        JsonNode list = api().get("/api/projects/" + this.id + "/versions").json();
        assertThat(list).hasSize(2);
        assertThat(list.get(0).path("number").asInt()).isEqualTo(2);
        assertThat(list.get(0).path("live").asBoolean()).isTrue();
        assertThat(list.get(1).path("live").asBoolean()).isFalse();
        assertThat(list.get(1).path("url").asString())
            .isEqualTo("http://v1--" + this.slug + ".apps.localhost:" + this.port + "/");

        assertThat(etagAt("v1--" + this.slug)).startsWith("\"v1-");
        assertThat(etagAt("v2--" + this.slug)).startsWith("\"v2-");
        assertThat(etagAt(this.slug)).startsWith("\"v2-");
        assertThat(api().get("/apps/v1--" + this.slug + "/").status()).isEqualTo(200);
        assertThat(api().getWithHost("/", "v9--" + this.slug + ".apps.localhost:" + this.port).status()).isEqualTo(404);
    }

    @Test
    @Order(2)
    void oneVersionComesWithItsFilesSummaryCostAndAddress() {
        JsonNode one = api().get("/api/projects/" + this.id + "/versions/1/").json();
        assertThat(one.path("number").asInt()).isEqualTo(1);
        assertThat(one.path("files").size()).isPositive();
        assertThat(one.path("summary").asString()).isNotBlank();
        assertThat(one.path("cost").path("aiCalls").isNumber()).isTrue();
        assertThat(one.path("url").asString()).contains("v1--" + this.slug);
        assertThat(api().get("/api/projects/" + this.id + "/versions/7/").status()).isEqualTo(404);
        assertThat(api().get("/api/projects/987654/versions/1/").status()).isEqualTo(404);
    }

    @Test
    @Order(3)
    void restoringIsANewVersionWithTheOldFilesAndTheAppKeepsItsData() {
        AppVisitor guest = new AppVisitor(this.slug, this.port);
        assertThat(guest.signUp("guest@example.com", "a long password").status()).isEqualTo(201);
        String collection = guest.get("/_api/schema").json().path("collections").propertyNames().iterator().next();
        Map<String, Long> before = this.data.counts(this.id);
        assertThat(before.get(collection)).isNotNull();

        Api.Response restored = api().post("/api/projects/" + this.id + "/versions/1/restore", null, "");
        assertThat(restored.status()).as(restored.body()).isEqualTo(201);
        assertThat(restored.json().path("version").asInt()).isEqualTo(3);
        assertThat(restored.json().path("restoredFrom").asInt()).isEqualTo(1);
        assertThat(restored.json().path("versionUrl").asString()).contains("v3--" + this.slug);

        assertThat(etagAt(this.slug)).startsWith("\"v3-");
        JsonNode three = api().get("/api/projects/" + this.id + "/versions/3").json();
        JsonNode one = api().get("/api/projects/" + this.id + "/versions/1").json();
        assertThat(three.path("files")).isEqualTo(one.path("files"));
        assertThat(three.path("summary").asString()).isEqualTo("Restored version 1");
        assertThat(three.path("restoredFrom").asInt()).isEqualTo(1);
        assertThat(three.path("cost").path("aiCalls").asInt()).isZero();
        assertThat(three.path("live").asBoolean()).isTrue();
        assertThat(this.data.counts(this.id)).isEqualTo(before);
        assertThat(guest.get("/_api/auth/me").json().path("user").path("email").asString())
            .isEqualTo("guest@example.com");
    }

    @Test
    @Order(4)
    void whatCannotBeRestoredIsRefusedWithAReason() {
        Api.Response live = api().post("/api/projects/" + this.id + "/versions/3/restore", null, "");
        assertThat(live.status()).isEqualTo(409);
        assertThat(live.json().path("detail").asString()).contains("live version already");
        Api.Response missing = api().post("/api/projects/" + this.id + "/versions/42/restore", null, "");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("detail").asString()).contains("no version 42");

        assertThat(this.leases.acquire(this.id, "another-node", Instant.now().plusSeconds(60))).isTrue();
        try {
            Api.Response busy = api().post("/api/projects/" + this.id + "/versions/2/restore", null, "");
            assertThat(busy.status()).isEqualTo(409);
            assertThat(busy.json().path("detail").asString()).contains("being built");
        }
        finally {
            this.leases.release(this.id, "another-node");
        }
        assertThat(api().get("/api/projects/" + this.id).json().path("currentVersion").asInt()).isEqualTo(3);
    }

    @Test
    @Order(5)
    void aVersionCanBeBookmarkedRenamedAndUnbookmarked() {
        String path = "/api/projects/" + this.id + "/versions/1/bookmark";
        Api.Response named = api().put(path, "{\"name\": \"  Before the green  \"}");
        assertThat(named.status()).isEqualTo(200);
        assertThat(named.json().path("bookmark").asString()).isEqualTo("Before the green");
        assertThat(api().get("/api/projects/" + this.id + "/versions").json().get(2).path("bookmark").asString())
            .isEqualTo("Before the green");

        assertThat(api().put(path, "{\"name\": \"   \"}").status()).isEqualTo(400);
        Api.Response tooLong = api().put(path, "{\"name\": \"" + "x".repeat(81) + "\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().path("detail").asString()).contains("at most 80");
        assertThat(api().put("/api/projects/" + this.id + "/versions/9/bookmark", "{\"name\": \"x\"}").status())
            .isEqualTo(404);

        assertThat(api().delete(path).status()).isEqualTo(204);
        assertThat(api().get("/api/projects/" + this.id + "/versions/1").json().path("bookmark").isNull()).isTrue();
    }

}
