package dev.faibric.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * DEPLOYMENT_STRATEGY: auto by default; static, docker or kubernetes on request.
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

    @Test
    void dockerAndKubernetesSayWhereServerCodeRunsAndKeepTheDataTier() {
        assertThat(bind("auto").strategy().serverTier()).isEqualTo(Tier.DOCKER);
        assertThat(bind("docker").strategy().serverTier()).isEqualTo(Tier.DOCKER);
        assertThat(bind("kubernetes").strategy().serverTier()).isEqualTo(Tier.KUBERNETES);
        assertThat(bind("static").strategy().serverTier()).isNull();
        assertThat(bind("docker").strategy().dataTier()).isTrue();
        assertThat(bind("kubernetes").strategy().dataTier()).isTrue();
    }

    @Test
    void anUnknownStrategyIsRefusedAtStartUp() {
        assertThatThrownBy(() -> bind("serverless")).hasMessageContaining("faibric.deployment.strategy");
    }

}
