package dev.faibric.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One entry of the library as shipped in the jar, before it is stored: what it is, the
 * text its embeddings come from, and its columns.
 */
record ShippedItem(LibraryKind kind, String slug, String name, String description, String category,
        List<String> keywords, Map<String, Object> columns) {

    /** The summary first, then each keyword phrase: requests are compared with both. */
    List<String> embeddingTexts() {
        List<String> texts = new ArrayList<>();
        texts.add(name + ". " + description);
        keywords.stream().limit(12).forEach(texts::add);
        return texts;
    }
}
