package dev.faibric.appauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faibric.account.Account;
import dev.faibric.project.AppType;
import dev.faibric.project.Project;
import dev.faibric.project.ProjectStatus;
import dev.faibric.support.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.server.ResponseStatusException;

/**
 * Admin tickets work once, for two minutes, only with the platform's secret; used ones
 * are remembered on H2 and PostgreSQL alike until they would have expired.
 */
class AdminTicketsTests {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-06T07:00:00Z"));

    private final Clock clock = new Clock() {

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

    };

    private AdminTickets tickets(TestDatabase database) {
        return new AdminTickets(() -> new byte[32], JdbcClient.create(database.create()), clock);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTicketWorksForTwoMinutes(TestDatabase database) {
        AdminTickets tickets = tickets(database);
        String late = tickets.issue(7, "owner@example.com");
        String inTime = tickets.issue(7, "owner@example.com");

        now.set(now.get().plus(Duration.ofMinutes(2)).minusSeconds(1));
        assertThat(tickets.redeem(7, inTime)).isEqualTo("owner@example.com");
        now.set(now.get().plusSeconds(1));

        assertThatThrownBy(() -> tickets.redeem(7, late)).isInstanceOf(ResponseStatusException.class)
            .hasMessageContaining("403")
            .hasMessageContaining("This admin link has expired (a link works for 2 minutes)");
    }

    @Test
    void aTicketSignedWithAnotherSecretIsNotValid() {
        JdbcClient jdbc = JdbcClient.create(TestDatabase.H2.create());
        AdminTickets tickets = new AdminTickets(() -> new byte[32], jdbc, clock);
        AdminTickets elsewhere = new AdminTickets(() -> new byte[] { 1, 2, 3 }, jdbc, clock);

        assertThatThrownBy(() -> tickets.redeem(7, elsewhere.issue(7, "owner@example.com")))
            .hasMessageContaining("This admin link is not valid");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTicketWorksOnceAndUsedOnesAreForgottenWhenTheyWouldHaveExpired(TestDatabase database) {
        AdminTickets tickets = tickets(database);
        String once = tickets.issue(9, "owner@example.com");
        tickets.redeem(9, once);
        assertThatThrownBy(() -> tickets.redeem(9, once)).hasMessageContaining("This admin link was used already");
        tickets.redeem(7, tickets.issue(7, "owner@example.com"));
        tickets.redeem(8, tickets.issue(8, "owner@example.com"));
        assertThat(tickets.forgetExpired()).isZero();

        now.set(now.get().plus(Duration.ofMinutes(3)));

        assertThat(tickets.forgetExpired()).isEqualTo(3);
    }

    @Test
    void theAdminHasTheOwnersAddressOrOneOfTheAppsForTheLocalUser() {
        Project project = new Project(7, "forum-x1", "Forum", "a forum", AppType.WEBSITE, true, "v2", List.of(),
                ProjectStatus.READY, 1, null, Instant.EPOCH, Instant.EPOCH, 5);

        assertThat(AdminLinkController.adminEmail(new Account(5, "ann@example.com", Account.Role.USER), project))
            .isEqualTo("ann@example.com");
        assertThat(AdminLinkController.adminEmail(Account.LOCAL, project)).isEqualTo("owner@forum-x1");
    }

}
