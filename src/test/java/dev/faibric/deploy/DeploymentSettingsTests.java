package dev.faibric.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * DEPLOYMENT_STRATEGY: auto by default, static on request, the container tiers refused at
 * start-up with a message that says why.
 */
class DeploymentSettingsTests {

    private static DeploymentSettings bind(String strategy) {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of("faibric.deployment.strategy", strategy)));
        return binder.bindOrCreate("faibric.deployment", DeploymentSettings.class);
    }

    @Test
    void autoIsTheDefaultAndGivesTheDataTier() {
        assertThat(bind("").strategy()).isEqualTo(DeploymentStrategy.AUTO);
        assertThat(new DeploymentSettings(null).strategy().dataTier()).isTrue();
    }

    @Test
    void staticNeverGivesTheDataTier() {
        assertThat(bind("static").strategy()).isEqualTo(DeploymentStrategy.STATIC);
        assertThat(bind("STATIC").strategy().dataTier()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "docker", "kubernetes" })
    void theContainerTiersAreRefusedAtStartUpWithAClearMessage(String strategy) {
        assertThatThrownBy(() -> bind(strategy)).rootCause()
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("DEPLOYMENT_STRATEGY (faibric.deployment.strategy) is " + strategy)
            .hasMessageContaining("the Docker and Kubernetes deployment tiers come with issue 13")
            .hasMessageContaining("Use auto");
    }

}
