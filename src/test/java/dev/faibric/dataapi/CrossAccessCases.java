package dev.faibric.dataapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Api;
import dev.faibric.support.AppVisitor;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every way one app or one user might reach another's data, each refused, and nothing
 * changed by trying. Implemented by a test class per database, so each case holds on H2
 * and on PostgreSQL.
 */
interface CrossAccessCases {

    TwoApps apps();

    /** Everything stored for a project, to check a refused request changed nothing. */
    Map<String, Long> stored(long projectId);

    private String post(long id) {
        return "/_api/data/posts/" + id;
    }

    private static void refused(Api.Response answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).doesNotContain("Alice's private note").doesNotContain("secret-ish");
    }

    // Across apps: B's origin, A's ids and credentials.

    @Test
    default void appBsOriginNeverAnswersWithAppAsRow() {
        refused(apps().carol.get(post(apps().alicesPost)), 404);
    }

    @Test
    default void appBsListNeverContainsAppAsRows() {
        Api.Response list = apps().anonymousOnB.get("/_api/data/posts");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Carol's post on B").doesNotContain("secret-ish").doesNotContain("warm-up");
    }

    @Test
    default void appBsOriginCannotChangeAppAsRow() {
        Map<String, Long> before = stored(apps().a.id());
        refused(apps().carol.patch(post(apps().alicesPost), Map.of("title", "taken over")), 404);
        assertThat(stored(apps().a.id())).isEqualTo(before);
    }

    @Test
    default void appBsOriginCannotDeleteAppAsRow() {
        refused(apps().carol.delete(post(apps().alicesPost)), 404);
        assertThat(apps().anonymousOnA.get(post(apps().alicesPost)).status()).isEqualTo(200);
    }

    @Test
    default void aReferenceToAnotherAppsRowIsRefused() {
        Map<String, Long> before = stored(apps().b.id());
        Api.Response answer = apps().carol.post("/_api/data/posts",
                Map.of("title", "pointing at A", "topic", apps().topicOfA));
        refused(answer, 400);
        assertThat(answer.body()).contains("topic");
        assertThat(stored(apps().b.id())).isEqualTo(before);
    }

    @Test
    default void appAsSessionCookieSignsNobodyInOnAppB() {
        String cookie = sessionCookie(apps().alice);
        Api.Response me = apps().anonymousOnB
            .send(apps().anonymousOnB.request("/_api/auth/me").header("Cookie", cookie).GET());
        assertThat(me.json().path("user").isNull()).isTrue();
    }

    @Test
    default void appAsSessionCookieCannotWriteOnAppB() {
        Map<String, Long> before = stored(apps().b.id());
        AppVisitor b = apps().anonymousOnB;
        refused(b.send(b.request("/_api/data/posts")
            .header("Cookie", sessionCookie(apps().alice))
            .header("Content-Type", "application/json")
            .header("Origin", b.origin())
            .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"from A's session\"}"))), 401);
        assertThat(stored(apps().b.id())).isEqualTo(before);
    }

    @Test
    default void appAsAdminIsNobodyOnAppB() {
        String cookie = sessionCookie(apps().adminOfA);
        AppVisitor b = apps().anonymousOnB;
        Api.Response orders = b.send(b.request("/_api/data/orders").header("Cookie", cookie).GET());
        refused(orders, 401);
    }

    @Test
    default void aPageOfAppBCannotWriteToAppAWithAVisitorsCookie() {
        Map<String, Long> before = stored(apps().a.id());
        AppVisitor alice = apps().alice;
        refused(alice.send(alice.request("/_api/data/posts")
            .header("Content-Type", "application/json")
            .header("Origin", apps().anonymousOnB.origin())
            .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"forged by B's page\"}"))), 403);
        assertThat(stored(apps().a.id())).isEqualTo(before);
    }

    @Test
    default void aCrossSiteFetchCannotWriteToAppA() {
        Map<String, Long> before = stored(apps().a.id());
        AppVisitor alice = apps().alice;
        refused(alice.send(alice.request("/_api/data/notes")
            .header("Content-Type", "application/json")
            .header("Sec-Fetch-Site", "same-site")
            .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"sent by a sibling app\"}"))), 403);
        assertThat(stored(apps().a.id())).isEqualTo(before);
    }

    @Test
    default void aPageOfAppBCannotDeleteOnAppA() {
        AppVisitor alice = apps().alice;
        refused(alice
            .send(alice.request(post(apps().alicesPost)).header("Origin", apps().anonymousOnB.origin()).DELETE()), 403);
        assertThat(apps().anonymousOnA.get(post(apps().alicesPost)).status()).isEqualTo(200);
    }

    @Test
    default void aPageOfAppBCannotSignInOnAppA() {
        AppVisitor a = apps().anonymousOnA;
        refused(a.send(a.request("/_api/auth/signup")
            .header("Content-Type", "application/json")
            .header("Origin", apps().anonymousOnB.origin())
            .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"x@example.com\",\"password\":\"long enough!\"}"))),
                403);
    }

    @Test
    default void theDataApiIsNotOnThePlatformsOrigin() {
        AppVisitor a = apps().alice;
        String platform = "http://localhost:" + a.origin().substring(a.origin().lastIndexOf(':') + 1);
        Api.Response answer = a.send(HttpRequest.newBuilder(java.net.URI.create(platform + post(apps().alicesPost)))
            .header("Cookie", sessionCookie(a))
            .GET());
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).doesNotContain("secret-ish");
    }

    @Test
    default void theDataApiIsNotUnderThePathFallback() {
        AppVisitor a = apps().alice;
        String platform = "http://localhost:" + a.origin().substring(a.origin().lastIndexOf(':') + 1);
        Api.Response answer = a.send(HttpRequest
            .newBuilder(java.net.URI.create(platform + "/apps/" + apps().a.slug() + post(apps().alicesPost)))
            .GET());
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).doesNotContain("secret-ish");
    }

    @Test
    default void appBsLiveEventsNeverCarryAppAsChanges() throws Exception {
        try (LiveEvents live = LiveEvents.open(apps().anonymousOnB, "posts")) {
            TwoApps.created(apps().alice.post("/_api/data/posts", Map.of("title", "a change on A")));
            TwoApps.created(apps().carol.post("/_api/data/posts", Map.of("title", "a change on B")));
            String event = live.next();
            assertThat(event).contains("\"collection\":\"posts\"");
            long bId = Long.parseLong(event.replaceAll(".*\"id\":(\\d+).*", "$1"));
            assertThat(apps().anonymousOnB.get(post(bId)).body()).contains("a change on B");
        }
    }

    // Across users of one app.

    @Test
    default void anotherUserCannotReadAPrivateNote() {
        refused(apps().bob.get("/_api/data/notes/" + apps().alicesNote), 403);
    }

    @Test
    default void anotherUsersListOfPrivateNotesIsTheirsOnly() {
        Api.Response list = apps().bob.get("/_api/data/notes");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().path("total").asLong()).isZero();
        assertThat(list.body()).doesNotContain("private note");
    }

    @Test
    default void filteringByAnotherOwnerDoesNotWidenAnOwnersList() {
        long aliceId = apps().alice.get("/_api/auth/me").json().path("user").path("id").asLong();
        Api.Response list = apps().bob.get("/_api/data/notes?owner=" + aliceId);
        assertThat(list.body()).doesNotContain("private note");
    }

    @Test
    default void aSearchCannotFindAnotherUsersPrivateNote() {
        Api.Response list = apps().bob.get("/_api/data/notes?text[contains]=private");
        assertThat(list.body()).doesNotContain("private note");
    }

    @Test
    default void nobodySignedOutCanListPrivateNotes() {
        refused(apps().anonymousOnA.get("/_api/data/notes"), 401);
    }

    @Test
    default void nobodySignedOutCanReadAPrivateNote() {
        refused(apps().anonymousOnA.get("/_api/data/notes/" + apps().alicesNote), 401);
    }

    @Test
    default void anotherUserCannotChangeAPrivateNote() {
        Map<String, Long> before = stored(apps().a.id());
        refused(apps().bob.patch("/_api/data/notes/" + apps().alicesNote, Map.of("text", "changed")), 403);
        assertThat(stored(apps().a.id())).isEqualTo(before);
    }

    @Test
    default void anotherUserCannotDeleteAPrivateNote() {
        refused(apps().bob.delete("/_api/data/notes/" + apps().alicesNote), 403);
        assertThat(apps().alice.get("/_api/data/notes/" + apps().alicesNote).status()).isEqualTo(200);
    }

    @Test
    default void anotherUserCannotChangeAPost() {
        refused(apps().bob.patch(post(apps().alicesPost), Map.of("title", "rewritten by Bob")), 403);
        assertThat(apps().anonymousOnA.get(post(apps().alicesPost)).body()).contains("secret-ish");
    }

    @Test
    default void anotherUserCannotDeleteAPost() {
        refused(apps().bob.delete(post(apps().alicesPost)), 403);
        assertThat(apps().anonymousOnA.get(post(apps().alicesPost)).status()).isEqualTo(200);
    }

    @Test
    default void nobodySignedOutCanChangeAPost() {
        refused(apps().anonymousOnA.patch(post(apps().alicesPost), Map.of("title", "anonymous edit")), 401);
    }

    @Test
    default void nobodySignedOutCanCreateAPost() {
        Map<String, Long> before = stored(apps().a.id());
        refused(apps().anonymousOnA.post("/_api/data/posts", Map.of("title", "anonymous")), 401);
        assertThat(stored(apps().a.id())).isEqualTo(before);
    }

    @Test
    default void aUserCannotTakeOverARowBySettingItsOwner() {
        refused(apps().bob.post("/_api/data/posts", Map.of("title", "mine?", "owner", 1)), 400);
    }

    @Test
    default void aUserCannotGiveTheirRowToAnotherOwner() {
        refused(apps().alice.patch(post(apps().alicesPost), Map.of("owner", 999)), 400);
    }

    @Test
    default void aUserCannotChooseARowsId() {
        refused(apps().bob.post("/_api/data/posts", Map.of("title", "overwrite", "id", apps().alicesPost)), 400);
        assertThat(apps().anonymousOnA.get(post(apps().alicesPost)).body()).contains("secret-ish");
    }

    @Test
    default void onlyTheAdminCreatesTopics() {
        refused(apps().bob.post("/_api/data/topics", Map.of("name", "Bob's topic")), 403);
    }

    @Test
    default void onlyTheAdminListsOrders() {
        refused(apps().bob.get("/_api/data/orders"), 403);
        refused(apps().alice.get("/_api/data/orders"), 403);
        Api.Response asAdmin = apps().adminOfA.get("/_api/data/orders");
        assertThat(asAdmin.status()).isEqualTo(200);
        assertThat(asAdmin.json().path("total").asLong()).isEqualTo(1);
    }

    @Test
    default void notEvenTheBuyerReadsAnOrderTheAdminKeeps() {
        refused(apps().alice.get("/_api/data/orders/" + apps().alicesOrder), 403);
    }

    @Test
    default void aForgedSessionCookieSignsNobodyIn() {
        AppVisitor a = apps().anonymousOnA;
        Api.Response me = a.send(a.request("/_api/auth/me").header("Cookie", "faibric_app_session=forged-token").GET());
        assertThat(me.json().path("user").isNull()).isTrue();
        refused(a.send(a.request("/_api/data/notes").header("Cookie", "faibric_app_session=forged-token").GET()), 401);
    }

    @Test
    default void aSessionEndsEverywhereAtLogout() {
        AppVisitor dave = new AppVisitor(apps().a.slug(), port(apps().alice));
        dave.signUp("dave-" + System.nanoTime() + "@example.com", "correct horse battery");
        String cookie = sessionCookie(dave);
        assertThat(dave.post("/_api/auth/logout", Map.of()).status()).isEqualTo(204);
        AppVisitor replay = apps().anonymousOnA;
        Api.Response me = replay.send(replay.request("/_api/auth/me").header("Cookie", cookie).GET());
        assertThat(me.json().path("user").isNull()).isTrue();
    }

    @Test
    default void anAdminTicketWorksOnceAndOnlyOnItsApp() {
        Api.Response link = new Api("http://localhost:" + port(apps().alice))
            .post("/api/projects/" + apps().a.id() + "/data/admin-link", "application/json", "{}");
        String url = link.json().path("url").asString();
        String query = url.substring(url.indexOf("/_api/"));
        AppVisitor onB = new AppVisitor(apps().b.slug(), port(apps().alice));
        refused(onB.send(onB.request(query).GET()), 403);
        AppVisitor onA = new AppVisitor(apps().a.slug(), port(apps().alice));
        assertThat(onA.send(onA.request(query).GET()).status()).isEqualTo(303);
        AppVisitor again = new AppVisitor(apps().a.slug(), port(apps().alice));
        refused(again.send(again.request(query).GET()), 403);
    }

    @Test
    default void usersOfOneAppAreNotUsersOfAnother() {
        Api.Response login = apps().anonymousOnB.logIn(
                apps().alice.get("/_api/auth/me").json().path("user").path("email").asString(),
                "correct horse battery");
        refused(login, 401);
    }

    private static String sessionCookie(AppVisitor visitor) {
        return visitor.cookies()
            .stream()
            .filter(c -> c.getName().equals("faibric_app_session"))
            .map(c -> c.getName() + "=" + c.getValue())
            .findFirst()
            .orElseThrow();
    }

    private static int port(AppVisitor visitor) {
        return Integer.parseInt(visitor.origin().substring(visitor.origin().lastIndexOf(':') + 1));
    }

}
