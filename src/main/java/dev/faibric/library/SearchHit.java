package dev.faibric.library;

/**
 * One search result: the entry, its semantic similarity to the query, and the ranking
 * score (similarity weighted by usage and quality, as the seed ranks components).
 */
public record SearchHit(String kind, long id, String slug, String name, String description, String category,
        double similarity, double score, int usageCount, double quality) {
}
