package dev.faibric.library;

import dev.faibric.data.AppSchema;
import dev.faibric.project.AppType;
import dev.faibric.project.SourceFile;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The library template closest to a request: its files (in stream order, App.tsx first),
 * what it is, how similar it is to the request (cosine of the embeddings, 0 to 1), and
 * its relevance (the similarity, raised when the request names a phrase only this
 * template lists), which is what MIN_REUSE_SIMILARITY is compared with; and, for a
 * data-backed template, its data model ({@code database}, null for a template without
 * data); and the keyword phrases it lists (what it is about, in the words people use).
 */
public record TemplateMatch(String slug, String name, AppType appType, String description, List<String> features,
        List<SourceFile> files, String defaultTitle, String tagline, double similarity, double relevance,
        @Nullable AppSchema database, List<String> keywords) {
}
