package dev.faibric.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faibric.project.AppType;
import dev.faibric.project.GenerationCost;
import dev.faibric.project.NewProject;
import dev.faibric.project.Project;
import dev.faibric.project.ProjectVersions;
import dev.faibric.project.Projects;
import dev.faibric.support.Api;
import dev.faibric.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * An account's quotas: builds a day, counted as they start, and model tokens a month,
 * counted from its versions; a build beyond either is refused with the quota and when it
 * resets.
 */
@TestPropertySource(
        properties = { "faibric.limits.quota.generations-per-day=2", "faibric.limits.quota.tokens-per-month=1000" })
class QuotaTests extends IntegrationTest {

    @Autowired
    Projects projects;

    @Autowired
    ProjectVersions versions;

    @Autowired
    BuildAdmission admission;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aGenerationBeyondTheDailyQuotaIsRefusedUntilMidnight() {
        assertThat(api().generate("a tip calculator").status()).isEqualTo(201);
        assertThat(api().generate("a pomodoro timer").status()).isEqualTo(201);
        Api.Response refused = api().generate("a habit tracker");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 86_400L);
        assertThat(refused.json().path("detail").asString()).startsWith(
                "You have used the daily quota of 2 generations (new apps and changes); it resets at midnight UTC, in ");
        assertThat(api().get("/api/usage").json().path("generationsToday").path("used").asInt()).isEqualTo(2);
    }

    @Test
    void aBuildBeyondTheMonthlyTokenQuotaIsRefused() {
        long account = jdbc.sql("INSERT INTO accounts (email, role) VALUES ('tokens@example.com', 'user')").update() > 0
                ? jdbc.sql("SELECT id FROM accounts WHERE email = 'tokens@example.com'").query(Long.class).single() : 0;
        Project project = projects.create(new NewProject("Tip calculator", "a tip calculator", AppType.TOOL, account));
        admission.admit(account).finished();
        versions.add(project.id(), List.of(), Map.of(), null,
                new GenerationCost(1, 700, 600, 100, 1000, 900, "openai", "gpt-4o"));

        assertThatThrownBy(() -> admission.admit(account)).isInstanceOf(LimitExceeded.class)
            .hasMessageStartingWith("You have used the monthly quota of 1000 model tokens (1300 used); it resets on "
                    + "the first of next month (UTC), in ");
    }

}
