package dev.faibric.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order builds start in, and the places waiting builds are told. */
class BuildQueueOrderTests {

    final List<String> log = new ArrayList<>();

    final BuildQueue queue = new BuildQueue(new LimitsSettings(true, null, null, null, null, null, null,
            new LimitsSettings.Builds(1, 2, 1, 100), null, null, null));

    BuildTicket start(String name, long account) {
        BuildTicket ticket = queue.join(account);
        ticket.start(() -> log.add(name + " runs"), position -> log.add(name + " waits at " + position));
        return ticket;
    }

    @Test
    void anAccountAtItsLimitLetsOthersPassAndTheLineMovesUpAsBuildsFinish() {
        BuildTicket a1 = start("a1", 1);
        start("a2", 1);
        BuildTicket b1 = start("b1", 2);
        start("b2", 2);
        assertThat(log).containsExactly("a1 runs", "a2 waits at 1", "b1 runs", "b2 waits at 2");

        log.clear();
        a1.finished();
        assertThat(log).containsExactly("a2 runs", "b2 waits at 1");
        assertThat(queue.running(1)).isEqualTo(1);

        log.clear();
        b1.finished();
        assertThat(log).containsExactly("b2 runs");
        assertThat(queue.waiting(2)).isZero();
    }

    @Test
    void aBuildBeyondTheAccountsLineIsRefusedAndOneThatLeavesTheLineNeverRuns() {
        start("a1", 1);
        BuildTicket a2 = start("a2", 1);
        assertThatThrownBy(() -> queue.join(1)).isInstanceOf(LimitExceeded.class)
            .hasMessageContaining("you have 1 running and 1 waiting");

        a2.finished();
        assertThat(queue.waiting(1)).isZero();
        assertThat(queue.join(1)).isNotNull();
        assertThat(log).containsExactly("a1 runs", "a2 waits at 1");
    }

}
