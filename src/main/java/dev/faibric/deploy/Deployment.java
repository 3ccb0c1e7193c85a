package dev.faibric.deploy;

import java.time.Duration;

/** A version that is now live at {@code url}. */
public record Deployment(String slug, int version, String url, Duration took) {
}
