package dev.faibric.deploy;

import java.time.Duration;

/** A version that is now live at {@code url}, on its tier. */
public record Deployment(String slug, int version, String url, Duration took, Tier tier) {

    /** A version served as files. */
    public Deployment(String slug, int version, String url, Duration took) {
        this(slug, version, url, took, Tier.STATIC);
    }

    public Deployment on(Tier where, Duration total) {
        return new Deployment(slug, version, url, total, where);
    }

}
