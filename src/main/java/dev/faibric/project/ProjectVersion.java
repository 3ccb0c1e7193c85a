package dev.faibric.project;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An immutable snapshot of a project's files and the seed's JSON result that described
 * them.
 */
public record ProjectVersion(long projectId, int number, List<SourceFile> files, Map<String, Object> result,
        @Nullable String summary, GenerationCost cost, Instant createdAt) {
}
