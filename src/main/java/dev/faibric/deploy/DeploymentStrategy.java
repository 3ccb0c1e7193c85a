package dev.faibric.deploy;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How apps are deployed (the seed's {@code DEPLOYMENT_STRATEGY}). Pages are always served
 * by Faibric as files (instant); what differs is where server code runs and whether apps
 * get the data tier. {@link #AUTO}: an app that keeps shared data gets the data tier (its
 * data API and sign-in on its own origin) and an app with server code runs it on the
 * Docker tier; {@link #DOCKER} says the same explicitly; {@link #KUBERNETES} runs server
 * code as a Deployment on Kubernetes; {@link #STATIC} deploys every app as files only,
 * with its data features and server code off.
 */
public enum DeploymentStrategy {

    AUTO, STATIC, DOCKER, KUBERNETES;

    /** Whether an app that keeps shared data gets the data tier. */
    public boolean dataTier() {
        return this != STATIC;
    }

    /** Where apps' server code runs; null when it does not run at all. */
    public @Nullable Tier serverTier() {
        return switch (this) {
            case AUTO, DOCKER -> Tier.DOCKER;
            case KUBERNETES -> Tier.KUBERNETES;
            case STATIC -> null;
        };
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

}
