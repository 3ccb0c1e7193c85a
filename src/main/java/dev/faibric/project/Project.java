package dev.faibric.project;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A customer's app: the prompt it started from, where its current version runs, and the
 * account that owns it.
 */
public record Project(long id, String slug, String title, String prompt, AppType appType, boolean requiresBackend,
        String generationVersion, List<String> reusedComponents, ProjectStatus status, @Nullable Integer currentVersion,
        @Nullable String url, Instant createdAt, Instant updatedAt, long ownerId) {
}
