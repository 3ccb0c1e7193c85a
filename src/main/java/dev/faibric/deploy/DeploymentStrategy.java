package dev.faibric.deploy;

import java.util.Locale;

/**
 * How apps are deployed (the seed's {@code DEPLOYMENT_STRATEGY}): {@link #AUTO} gives an
 * app that keeps shared data the data tier (its data API and sign-in on its own origin)
 * and deploys the rest static; {@link #STATIC} never gives the data tier, so an app that
 * asks for it is deployed static with its data features off. {@link #DOCKER} and
 * {@link #KUBERNETES} (a container per app) come with the Docker and Kubernetes tiers.
 */
public enum DeploymentStrategy {

    AUTO, STATIC, DOCKER, KUBERNETES;

    /** Whether an app that keeps shared data gets the data tier. */
    public boolean dataTier() {
        return this == AUTO;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

}
