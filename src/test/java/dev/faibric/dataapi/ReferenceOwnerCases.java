package dev.faibric.dataapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Api;
import dev.faibric.support.AppVisitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code owner of <reference field>}: the owner of a job reaches the applications to it
 * (list, read, move along), another employer does not, an applicant sees only their own,
 * and nobody signed out or on another app reaches any. Lists are filtered in SQL, so
 * totals, filters, sorting and cursors hold. Implemented by a test class per database.
 */
interface ReferenceOwnerCases {

    TwoApps apps();

    /** Everything stored for a project, to check a refused request changed nothing. */
    Map<String, Long> stored(long projectId);

    private static String application(long id) {
        return "/_api/data/applications/" + id;
    }

    private static List<Long> ids(Api.Response list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        list.json().path("items").forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }

    private static long total(Api.Response list) {
        return list.json().path("total").asLong();
    }

    private static void refused(Api.Response answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).doesNotContain("pours").doesNotContain("bakes");
    }

    @Test
    default void theSchemaShowsTheRuleAsWritten() {
        Api.Response schema = apps().anonymousOnA.get("/_api/schema");
        assertThat(schema.status()).isEqualTo(200);
        assertThat(schema.json().path("collections").path("applications").path("access").toString())
            .isEqualTo("{\"list\":[\"owner\",\"owner of job\"],\"read\":[\"owner\",\"owner of job\"],"
                    + "\"create\":\"signed-in\",\"update\":[\"admin\",\"owner of job\"],\"delete\":\"owner\"}");
    }

    @Test
    default void theOwnerOfAJobListsTheApplicationsToItAndNoOthers() {
        Api.Response list = apps().alice.get("/_api/data/applications");
        assertThat(ids(list)).containsExactlyInAnyOrder(apps().bobsApplication, apps().erinsApplication);
        assertThat(total(list)).isEqualTo(2);
        assertThat(list.body()).doesNotContain("Bob bakes too");
    }

    @Test
    default void anEmployerWhoAlsoAppliedListsTheirOwnApplicationsAndThoseToTheirJob() {
        Api.Response list = apps().erin.get("/_api/data/applications");
        assertThat(ids(list)).containsExactlyInAnyOrder(apps().erinsApplication, apps().bobsApplicationToErin);
        assertThat(total(list)).isEqualTo(2);
        assertThat(ids(apps().erin.get("/_api/data/applications?owner=me"))).containsExactly(apps().erinsApplication);
    }

    @Test
    default void anApplicantListsOnlyTheirOwnApplications() {
        Api.Response list = apps().bob.get("/_api/data/applications");
        assertThat(ids(list)).containsExactlyInAnyOrder(apps().bobsApplication, apps().bobsApplicationToErin);
        assertThat(total(list)).isEqualTo(2);
        assertThat(list.body()).doesNotContain("Erin pours too");
    }

    @Test
    default void filtersSortingAndCursorsWorkWithinWhatTheOwnerOfTheJobMaySee() {
        AppVisitor alice = apps().alice;
        Api.Response search = alice.get("/_api/data/applications?letter[contains]=pours");
        assertThat(ids(search)).containsExactlyInAnyOrder(apps().bobsApplication, apps().erinsApplication);
        assertThat(ids(alice.get("/_api/data/applications?letter[contains]=bakes"))).isEmpty();
        assertThat(ids(alice.get("/_api/data/applications?job=" + apps().erinsJob))).isEmpty();
        assertThat(ids(alice.get("/_api/data/applications?job=" + apps().alicesJob))).hasSize(2);

        Api.Response first = alice.get("/_api/data/applications?sort=letter&limit=1");
        assertThat(ids(first)).containsExactly(apps().bobsApplication);
        assertThat(total(first)).isEqualTo(2);
        String cursor = first.json().path("nextCursor").asString();
        Api.Response second = alice.get("/_api/data/applications?sort=letter&limit=1&cursor=" + cursor);
        assertThat(ids(second)).containsExactly(apps().erinsApplication);
        assertThat(total(second)).isEqualTo(2);
        assertThat(second.json().path("nextCursor").isNull()).isTrue();
    }

    @Test
    default void theOwnerOfTheJobReadsAnApplicationAndAnotherEmployerCannot() {
        assertThat(apps().alice.get(application(apps().bobsApplication)).body()).contains("Bob pours well");
        assertThat(apps().bob.get(application(apps().bobsApplication)).status()).isEqualTo(200);
        Api.Response other = apps().erin.get(application(apps().bobsApplication));
        refused(other, 403);
        assertThat(other.json().path("detail").asString())
            .isEqualTo("Only the person who created this row or the owner of the job it points to may read it.");
        refused(apps().bob.get(application(apps().erinsApplication)), 403);
    }

    @Test
    default void nobodySignedOutReachesAnyApplication() {
        refused(apps().anonymousOnA.get("/_api/data/applications"), 401);
        refused(apps().anonymousOnA.get(application(apps().bobsApplication)), 401);
        refused(apps().anonymousOnA.patch(application(apps().bobsApplication), Map.of("status", "interview")), 401);
    }

    @Test
    default void anotherAppsOriginReachesNoApplication() {
        Api.Response list = apps().carol.get("/_api/data/applications");
        assertThat(total(list)).isZero();
        refused(apps().carol.get(application(apps().bobsApplication)), 404);
        refused(apps().carol.patch(application(apps().bobsApplication), Map.of("status", "interview")), 404);
    }

    @Test
    default void theOwnerOfTheJobMovesAnApplicationAlongAndNobodyElseButTheAdminMay() {
        Fresh fresh = fresh();
        Map<String, Long> before = stored(apps().a.id());
        refused(apps().erin.patch(application(fresh.application()), Map.of("status", "interview")), 403);
        refused(fresh.applicant().patch(application(fresh.application()), Map.of("status", "interview")), 403);
        assertThat(stored(apps().a.id())).isEqualTo(before);
        assertThat(fresh.applicant().get(application(fresh.application())).json().path("status").asString())
            .isEqualTo("received");

        Api.Response moved = fresh.employer().patch(application(fresh.application()), Map.of("status", "interview"));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(fresh.applicant().get(application(fresh.application())).json().path("status").asString())
            .isEqualTo("interview");
        Api.Response byAdmin = apps().adminOfA.patch(application(fresh.application()), Map.of("status", "received"));
        assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(200);
    }

    @Test
    default void theOwnerOfTheJobCannotMoveAnApplicationToAJobTheyDoNotOwn() {
        Fresh fresh = fresh();
        Api.Response moved = fresh.employer().patch(application(fresh.application()), Map.of("job", apps().erinsJob));
        refused(moved, 403);
        assertThat(moved.json().path("detail").asString())
            .isEqualTo("To change rows of applications this way, job must point to a row you own.");
        assertThat(fresh.applicant().get(application(fresh.application())).json().path("job").asLong())
            .isEqualTo(fresh.job());
    }

    @Test
    default void theApplicantWithdrawsAndTheOwnerOfTheJobCannotDelete() {
        Fresh fresh = fresh();
        refused(fresh.employer().delete(application(fresh.application())), 403);
        assertThat(fresh.applicant().delete(application(fresh.application())).status()).isEqualTo(204);
        assertThat(total(fresh.employer().get("/_api/data/applications"))).isZero();
    }

    @Test
    default void createOwnerOfLetsOnlyTheOwnerOfTheRowGivenAdd() {
        Map<String, Long> before = stored(apps().a.id());
        Api.Response notHers = apps().alice.post("/_api/data/shortlist", Map.of("job", apps().erinsJob));
        refused(notHers, 403);
        assertThat(notHers.json().path("detail").asString())
            .isEqualTo("To add to shortlist this way, job must point to a row you own.");
        refused(apps().alice.post("/_api/data/shortlist", Map.of("note", "no job")), 403);
        refused(apps().anonymousOnA.post("/_api/data/shortlist", Map.of("job", apps().alicesJob)), 401);
        Api.Response nowhere = apps().alice.post("/_api/data/shortlist", Map.of("job", 999_999));
        assertThat(nowhere.status()).isEqualTo(400);
        assertThat(nowhere.body()).contains("job: there is no row 999999 in jobs");
        assertThat(stored(apps().a.id())).isEqualTo(before);

        long entry = TwoApps
            .created(apps().alice.post("/_api/data/shortlist", Map.of("job", apps().alicesJob, "note", "call Bob")));
        assertThat(ids(apps().alice.get("/_api/data/shortlist"))).contains(entry);
        assertThat(ids(apps().erin.get("/_api/data/shortlist"))).doesNotContain(entry);
        refused(apps().erin.get("/_api/data/shortlist/" + entry), 403);
        assertThat(apps().alice.delete("/_api/data/shortlist/" + entry).status()).isEqualTo(204);
    }

    @Test
    default void liveEventsNameAnApplicationButNeverCarryIt() throws Exception {
        Fresh fresh;
        try (LiveEvents live = LiveEvents.open(apps().erin, "applications")) {
            fresh = fresh();
            String event = live.next();
            assertThat(event).isEqualTo(
                    "{\"collection\":\"applications\",\"action\":\"created\",\"id\":" + fresh.application() + "}");
        }
        refused(apps().erin.get(application(fresh.application())), 403);
    }

    /**
     * A new employer with a job of their own, and a new applicant's application to it, so
     * a case may change them without touching the others' rows.
     */
    private Fresh fresh() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        AppVisitor employer = signedUp("employer-" + run);
        AppVisitor applicant = signedUp("applicant-" + run);
        long job = TwoApps.created(employer.post("/_api/data/jobs", Map.of("title", "A fresh job")));
        long application = TwoApps
            .created(applicant.post("/_api/data/applications", Map.of("job", job, "letter", "A fresh letter")));
        return new Fresh(employer, applicant, job, application);
    }

    private AppVisitor signedUp(String name) {
        String origin = apps().alice.origin();
        AppVisitor visitor = new AppVisitor(apps().a.slug(),
                Integer.parseInt(origin.substring(origin.lastIndexOf(':') + 1)));
        Api.Response answer = visitor.signUp(name + "@example.com", "correct horse battery");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return visitor;
    }

    /** A case's own employer, applicant, job and application. */
    record Fresh(AppVisitor employer, AppVisitor applicant, long job, long application) {
    }

}
