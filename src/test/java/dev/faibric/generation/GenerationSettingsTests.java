package dev.faibric.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GenerationSettingsTests {

    @Test
    void theBuildLeaseHasDefaultsThatKeepItAliveWhileABuildRuns() {
        GenerationSettings settings = new GenerationSettings(0, null, null, null, null, 0, null);

        assertThat(settings.lease()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.leaseRenewal()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.interruptedSweep()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void aLeaseRenewedNoMoreOftenThanItLastsIsRefusedAtStartUp() {
        assertThatThrownBy(
                () -> new GenerationSettings(0, null, Duration.ofSeconds(3), Duration.ofSeconds(3), null, 0, null))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(
                    "faibric.generation.lease-renewal (PT3S) must be shorter than faibric.generation.lease (PT3S)");
        assertThat(new GenerationSettings(0, null, Duration.ofSeconds(3), Duration.ofSeconds(1), Duration.ofSeconds(1),
                0, null)
            .lease()).isEqualTo(Duration.ofSeconds(3));
    }

}
