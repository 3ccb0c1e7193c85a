package dev.faibric.deploy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How apps are deployed: {@code faibric.deployment.strategy} (env
 * {@code DEPLOYMENT_STRATEGY}), {@code auto} by default or {@code static}. The
 * {@code docker} and {@code kubernetes} strategies are refused at start-up, with a
 * message that says so, until the tiers that run them exist.
 */
@ConfigurationProperties("faibric.deployment")
public record DeploymentSettings(DeploymentStrategy strategy) {

    public DeploymentSettings {
        strategy = strategy == null ? DeploymentStrategy.AUTO : strategy;
        if (strategy == DeploymentStrategy.DOCKER || strategy == DeploymentStrategy.KUBERNETES) {
            throw new IllegalArgumentException("DEPLOYMENT_STRATEGY (faibric.deployment.strategy) is " + strategy.wire()
                    + ", which this version of Faibric cannot do yet: the Docker and Kubernetes "
                    + "deployment tiers come with issue 13. Use auto (the default: apps that keep shared data get "
                    + "the data tier) or static (every app static, without data features).");
        }
    }

}
