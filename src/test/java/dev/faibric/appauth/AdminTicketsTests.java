package dev.faibric.appauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faibric.support.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.server.ResponseStatusException;

/** Admin tickets expire after two minutes and need the platform's secret. */
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

    private final JdbcClient jdbc = JdbcClient.create(TestDatabase.H2.create());

    private final AdminTickets tickets = new AdminTickets(() -> new byte[32], jdbc, clock);

    @Test
    void aTicketWorksForTwoMinutes() {
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
        AdminTickets elsewhere = new AdminTickets(() -> new byte[] { 1, 2, 3 }, jdbc, clock);

        assertThatThrownBy(() -> tickets.redeem(7, elsewhere.issue(7, "owner@example.com")))
            .hasMessageContaining("This admin link is not valid");
    }

    @Test
    void usedTicketsAreForgottenOnceTheyWouldHaveExpired() {
        tickets.redeem(7, tickets.issue(7, "owner@example.com"));
        tickets.redeem(8, tickets.issue(8, "owner@example.com"));
        assertThat(tickets.forgetExpired()).isZero();

        now.set(now.get().plus(Duration.ofMinutes(3)));

        assertThat(tickets.forgetExpired()).isEqualTo(2);
    }

}
