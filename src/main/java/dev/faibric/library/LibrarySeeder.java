package dev.faibric.library;

import dev.faibric.embedding.TextEmbeddings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps what ships in the jar stored, at start-up: an entry is embedded and written again
 * only when it is new, its content changed (by hash), or it was embedded by another
 * model; then the search index is built.
 */
@Component
class LibrarySeeder implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(LibrarySeeder.class);

    private final ShippedLibrary shipped;

    private final LibraryRows rows;

    private final TextEmbeddings embeddings;

    private final LibrarySearch search;

    private final JsonMapper json;

    LibrarySeeder(ShippedLibrary shipped, LibraryRows rows, TextEmbeddings embeddings, LibrarySearch search,
            JsonMapper json) {
        this.shipped = shipped;
        this.rows = rows;
        this.embeddings = embeddings;
        this.search = search;
        this.json = json;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long start = System.nanoTime();
        int embedded = 0;
        List<ShippedItem> items = shipped.items();
        for (ShippedItem item : items) {
            String hash = hash(item);
            LibraryRows.Stored stored = rows.stored(item.kind(), item.slug()).orElse(null);
            if (stored != null && stored.contentHash().equals(hash)
                    && stored.embeddingModel().equals(embeddings.modelId())) {
                continue;
            }
            float[][] vectors = embeddings.embedAll(item.embeddingTexts());
            try {
                rows.save(item, hash, vectors, embeddings.modelId(), stored != null);
                embedded++;
            }
            catch (DuplicateKeyException e) {
                // another node stored it at the same moment
            }
        }
        search.reload();
        log.info("Code library: {} entries ({} shipped, {} embedded now) in {} ms", search.size(), items.size(),
                embedded, (System.nanoTime() - start) / 1_000_000);
    }

    private String hash(ShippedItem item) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(json.writeValueAsString(item).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
