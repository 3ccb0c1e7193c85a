package dev.faibric.deploy;

import java.net.URI;
import java.time.Duration;

/**
 * A version's server code, healthy and taking the app's {@code /api/} traffic at
 * {@code upstream} (what Faibric's proxy forwards to).
 */
public record ServerDeployment(String slug, int version, Tier tier, URI upstream, Duration took) {
}
