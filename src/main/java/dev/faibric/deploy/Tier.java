package dev.faibric.deploy;

import java.util.Locale;

/**
 * Where a version of an app runs, as the {@code deployed} event and the version say it:
 * served by Faibric as files ({@link #STATIC}), as files plus its data API and sign-in
 * ({@link #DATA}), with its own server code in a container on the Docker engine
 * ({@link #DOCKER}) or as a Deployment on Kubernetes ({@link #KUBERNETES}).
 */
public enum Tier {

    STATIC, DATA, DOCKER, KUBERNETES;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

}
