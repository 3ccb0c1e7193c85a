package dev.faibric.deploy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How apps are deployed: {@code faibric.deployment.strategy} (env
 * {@code DEPLOYMENT_STRATEGY}): {@code auto} by default, {@code static}, {@code docker}
 * or {@code kubernetes} ({@link DeploymentStrategy}).
 */
@ConfigurationProperties("faibric.deployment")
public record DeploymentSettings(DeploymentStrategy strategy) {

    public DeploymentSettings {
        strategy = strategy == null ? DeploymentStrategy.AUTO : strategy;
    }

}
