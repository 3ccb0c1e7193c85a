package dev.faibric.library;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What search knows of one library entry: its identity, what it is, how it has done
 * (uses, and a quality in [0, 1] from success rate or rating), and its embeddings: the
 * first of its summary, the others of example requests it answers; and who may see it
 * (published for everyone, or private to its author).
 */
record LibraryEntry(LibraryKind kind, long id, String slug, String name, String description, String category,
        List<String> keywords, int usageCount, double quality, float[][] vectors, @Nullable Long authorId,
        boolean published) {
}
