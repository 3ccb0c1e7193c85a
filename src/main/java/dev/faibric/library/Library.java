package dev.faibric.library;

import dev.faibric.embedding.TextEmbeddings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The code library: keeps the shipped entries stored (embedding only what is new, changed, or
 * embedded by another model), holds the search index, and answers semantic searches.
 */
@Service
public class Library implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(Library.class);

    private final ShippedLibrary shipped;
    private final LibraryRows rows;
    private final TextEmbeddings embeddings;
    private final JsonMapper json;
    private volatile LibraryIndex index;

    Library(ShippedLibrary shipped, LibraryRows rows, TextEmbeddings embeddings, JsonMapper json) {
        this.shipped = shipped;
        this.rows = rows;
        this.embeddings = embeddings;
        this.json = json;
        this.index = LibraryIndex.empty(embeddings.dimension());
    }

    @Override
    public void afterSingletonsInstantiated() {
        long start = System.nanoTime();
        int embedded = 0;
        List<ShippedItem> items = shipped.items();
        for (ShippedItem item : items) {
            String hash = hash(item);
            LibraryRows.Stored stored = rows.stored(item.kind(), item.slug()).orElse(null);
            if (stored != null && stored.contentHash().equals(hash) && stored.embeddingModel().equals(embeddings.modelId())) {
                continue;
            }
            float[][] vectors = embeddings.embedAll(item.embeddingTexts());
            try {
                rows.save(item, hash, vectors, embeddings.modelId(), stored != null);
                embedded++;
            } catch (DuplicateKeyException e) {
                // another node stored it at the same moment
            }
        }
        reload();
        log.info("Code library: {} entries ({} shipped, {} embedded now) in {} ms", index.size(), items.size(), embedded,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Rebuilds the search index from the database (after the library changed). */
    void reload() {
        index = new LibraryIndex(rows.entries(), embeddings.dimension());
    }

    /** Semantic search over the library, ranked by similarity weighted by usage and quality. */
    public List<SearchHit> search(String query, @Nullable LibraryKind kind, @Nullable String category, int limit) {
        float[] vector = embeddings.embed(query);
        List<SearchHit> hits = new ArrayList<>();
        for (LibraryIndex.Match m : index.search(vector, kind, category, limit)) {
            LibraryEntry e = m.entry();
            hits.add(new SearchHit(e.kind().wire(), e.id(), e.slug(), e.name(), e.description(), e.category(),
                    round(m.similarity()), round(m.score()), e.usageCount(), round(e.quality())));
        }
        return hits;
    }

    LibraryRows rows() {
        return rows;
    }

    private String hash(ShippedItem item) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsString(item).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
