package dev.faibric.embedding;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns short texts (prompts, descriptions) into unit-length vectors, so that the dot
 * product of two of them is their cosine similarity. The one place that knows which
 * embedding model is used: by default in-process all-MiniLM-L6-v2, quantized, whose ONNX
 * model ships inside its Maven artifact (no download; 384 dimensions; a few milliseconds
 * for a short text on one core); or, when configured, OpenAI's text-embedding-3-small.
 */
public final class TextEmbeddings {

    private static final Logger log = LoggerFactory.getLogger(TextEmbeddings.class);

    static final String MODEL_ID = "all-minilm-l6-v2-q";

    /**
     * The in-process model, loaded once per process: it is immutable and gives the same
     * vector for the same text, so every application context in the process (a test run
     * starts many) shares it and what it has embedded.
     */
    private static @Nullable TextEmbeddings local;

    private final EmbeddingModel model;

    private final String modelId;

    /** Texts already embedded, for a deterministic model; null for a remote one. */
    private final @Nullable Cache<String, float[]> remembered;

    TextEmbeddings(EmbeddingModel model) {
        this(model, MODEL_ID);
    }

    TextEmbeddings(EmbeddingModel model, String modelId) {
        this(model, modelId, null);
    }

    private TextEmbeddings(EmbeddingModel model, String modelId, @Nullable Cache<String, float[]> remembered) {
        this.model = model;
        this.modelId = modelId;
        this.remembered = remembered;
    }

    /**
     * OpenAI's embeddings API (or a compatible one at {@code baseUrl}), e.g.
     * text-embedding-3-small.
     */
    public static TextEmbeddings openAi(String apiKey, @Nullable String baseUrl, String modelName) {
        var builder = dev.langchain4j.model.openai.OpenAiEmbeddingModel.builder()
            .apiKey(apiKey)
            .modelName(modelName)
            .timeout(Duration.ofSeconds(60))
            .maxRetries(2);
        if (baseUrl != null && !baseUrl.isBlank()) {
            builder.baseUrl(baseUrl);
        }
        log.info("Embeddings: OpenAI {}", modelName);
        return new TextEmbeddings(builder.build(), "openai:" + modelName);
    }

    /**
     * Loads the in-process MiniLM model from the classpath (about half a second, once).
     */
    public static synchronized TextEmbeddings allMiniLmL6V2() {
        if (local == null) {
            long start = System.nanoTime();
            local = new TextEmbeddings(new AllMiniLmL6V2QuantizedEmbeddingModel(), MODEL_ID,
                    Caffeine.newBuilder().maximumSize(50_000).build());
            log.info("Loaded the in-process embedding model all-MiniLM-L6-v2 (quantized, {} dimensions) in {} ms",
                    local.dimension(), (System.nanoTime() - start) / 1_000_000);
        }
        return local;
    }

    /**
     * Names the model; stored with every embedding so they can be recomputed when it
     * changes.
     */
    public String modelId() {
        return modelId;
    }

    public int dimension() {
        return model.dimension();
    }

    /** The unit-length embedding of one text. */
    public float[] embed(String text) {
        if (remembered == null) {
            return normalised(model.embed(text).content().vector());
        }
        return remembered.get(text, t -> normalised(model.embed(t).content().vector())).clone();
    }

    /** The unit-length embeddings of many texts, in order; spread over the cores. */
    public float[][] embedAll(List<String> texts) {
        float[][] vectors = new float[texts.size()][];
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < vectors.length; i++) {
            float[] known = remembered == null ? null : remembered.getIfPresent(texts.get(i));
            if (known != null) {
                vectors[i] = known.clone();
            }
            else {
                missing.add(i);
            }
        }
        if (missing.isEmpty()) {
            return vectors;
        }
        List<Embedding> embeddings = model.embedAll(missing.stream().map(i -> TextSegment.from(texts.get(i))).toList())
            .content();
        for (int j = 0; j < missing.size(); j++) {
            float[] vector = normalised(embeddings.get(j).vector());
            vectors[missing.get(j)] = vector;
            if (remembered != null) {
                remembered.put(texts.get(missing.get(j)), vector.clone());
            }
        }
        return vectors;
    }

    /** Cosine similarity of two vectors from this class: their dot product. */
    public static double similarity(float[] a, float[] b) {
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static float[] normalised(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        float[] unit = new float[vector.length];
        if (norm > 0) {
            for (int i = 0; i < vector.length; i++) {
                unit[i] = (float) (vector[i] / norm);
            }
        }
        return unit;
    }

}
