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
 * The code library: keeps the shipped entries stored (embedding only what is new,
 * changed, or embedded by another model), holds the search index, and answers semantic
 * searches.
 */
@Service
public class Library implements SmartInitializingSingleton, TemplateFinder {

    private static final Logger log = LoggerFactory.getLogger(Library.class);

    private final ShippedLibrary shipped;

    private final LibraryRows rows;

    private final TextEmbeddings embeddings;

    /**
     * How much closer a template of another app type must be to beat the classifier's
     * type.
     */
    static final double TYPE_MARGIN = 0.05;

    /**
     * Every template is a candidate (there are tens, not thousands); the index ranks
     * them.
     */
    static final int CANDIDATES = 500;

    /** Ratings from this up teach the library. */
    static final int LEARN_FROM_RATING = 4;

    /** A learned component this close to one already there is the same component. */
    static final double NEAR_DUPLICATE = 0.95;

    private final JsonMapper json;

    private final LibrarySettings settings;

    private final dev.faibric.tsx.TsxCompiler compiler;

    private volatile LibraryIndex index;

    private volatile TemplatePhrases phrases = TemplatePhrases.of(List.of());

    Library(ShippedLibrary shipped, LibraryRows rows, TextEmbeddings embeddings, JsonMapper json,
            LibrarySettings settings, dev.faibric.tsx.TsxCompiler compiler) {
        this.compiler = compiler;
        this.settings = settings;
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
        reload();
        log.info("Code library: {} entries ({} shipped, {} embedded now) in {} ms", index.size(), items.size(),
                embedded, (System.nanoTime() - start) / 1_000_000);
    }

    /** Rebuilds the search index from the database (after the library changed). */
    void reload() {
        LibraryIndex fresh = new LibraryIndex(rows.entries(), embeddings.dimension());
        phrases = TemplatePhrases.of(fresh.entries().stream().filter(e -> e.kind() == LibraryKind.TEMPLATE).toList());
        index = fresh;
    }

    /**
     * Semantic search over the library, ranked by similarity weighted by usage and
     * quality.
     */
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

    /**
     * The template most relevant to a request, preferring the given app type when one of
     * it is nearly as relevant. Relevance is the cosine similarity of the embeddings,
     * raised when the request names a phrase only that template lists (see
     * {@link TemplatePhrases}).
     */
    @Override
    public java.util.Optional<TemplateMatch> closestTemplate(String request, @Nullable String appType) {
        LibraryIndex current = index;
        List<LibraryIndex.Match> semantic = current.search(embeddings.embed(request), LibraryKind.TEMPLATE, null,
                CANDIDATES);
        if (semantic.isEmpty()) {
            return java.util.Optional.empty();
        }
        java.util.Map<String, Double> named = phrases.named(request);
        LibraryIndex.Match best = null;
        double bestRelevance = -1;
        LibraryIndex.Match bestOfType = null;
        double bestOfTypeRelevance = -1;
        for (LibraryIndex.Match m : semantic) {
            // A named phrase counts only for a template of the request's own app type: "a
            // booking form for my
            // salon" names the salon landing page's keyword, but asks for a form.
            boolean sameType = appType == null || m.entry().category().equals(appType);
            double relevance = Math.max(m.similarity(), sameType ? named.getOrDefault(m.entry().slug(), 0.0) : 0.0);
            if (relevance > bestRelevance) {
                best = m;
                bestRelevance = relevance;
            }
            if (m.entry().category().equals(appType) && relevance > bestOfTypeRelevance) {
                bestOfType = m;
                bestOfTypeRelevance = relevance;
            }
        }
        if (bestOfType != null && bestOfTypeRelevance >= bestRelevance - TYPE_MARGIN) {
            best = bestOfType;
            bestRelevance = bestOfTypeRelevance;
        }
        LibraryIndex.Match chosen = best;
        double relevance = bestRelevance;
        return rows.template(chosen.entry().slug())
            .map(t -> new TemplateMatch(t.slug(), t.name(), t.appType(), t.description(), t.features(), t.files(),
                    t.defaultTitle(), t.tagline(), round(chosen.similarity()), round(relevance)));
    }

    /**
     * The closest template if code reuse is on and it is at least
     * {@code MIN_REUSE_SIMILARITY} close.
     */
    public java.util.Optional<TemplateMatch> reusableTemplate(String request, @Nullable String appType) {
        if (!settings.enableCodeReuse()) {
            return java.util.Optional.empty();
        }
        return closestTemplate(request, appType).filter(m -> m.relevance() >= settings.minReuseSimilarity());
    }

    /**
     * The components closest to a request, at least {@code minSimilarity} close, with
     * their code.
     */
    public List<ComponentCode> relevantComponents(String request, int limit, double minSimilarity) {
        List<ComponentCode> components = new ArrayList<>();
        for (LibraryIndex.Match m : index.search(embeddings.embed(request), LibraryKind.COMPONENT, null, limit)) {
            if (m.similarity() < minSimilarity) {
                continue;
            }
            rows.componentCode(m.entry().slug())
                .ifPresent(code -> components
                    .add(new ComponentCode(m.entry().slug(), m.entry().name(), m.entry().description(),
                            "components/" + pascal(m.entry().slug()) + ".tsx", code, round(m.similarity()))));
        }
        return components;
    }

    private static String pascal(String slug) {
        StringBuilder out = new StringBuilder();
        for (String part : slug.split("-")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }

    /**
     * Feedback on an app built from these library entries: a template's success rate and
     * a component's rating become the running mean of what users said (1 to 5); a changed
     * vote replaces the one it changes instead of counting twice.
     */
    public void rate(List<String> reusedSlugs, int rating, @Nullable Integer replacing) {
        for (String slug : reusedSlugs) {
            if (replacing == null) {
                rows.rate(slug, rating);
            }
            else {
                rows.rerate(slug, replacing, rating);
            }
        }
        if (!reusedSlugs.isEmpty()) {
            reload();
        }
    }

    /**
     * A well-rated (4 or 5) app contributes its self-contained components (files under
     * components/ that import nothing but React) to the library, with the project as
     * their source; one that is a near-duplicate of a component already there is merged
     * into it instead. Returns how many components were added or merged.
     */
    public int learnFrom(long projectId, String title, String appType, List<dev.faibric.project.SourceFile> files,
            int rating) {
        if (rating < LEARN_FROM_RATING) {
            return 0;
        }
        int learned = 0;
        for (dev.faibric.project.SourceFile file : files) {
            if (file.path().startsWith("components/") && file.path().endsWith(".tsx") && standalone(file)) {
                String name = file.path().substring(file.path().lastIndexOf('/') + 1).replace(".tsx", "");
                addOrMerge(name, words(name) + " component from the " + appType + " '" + title + "'", file.content(),
                        projectId, rating);
                learned++;
            }
        }
        if (learned > 0) {
            reload();
        }
        return learned;
    }

    /** What an import did with each file it was given. */
    public record ImportReport(List<String> added, List<String> merged, List<String> rejected) {
    }

    /**
     * Imports the components of an existing React project or component folder: every
     * .tsx/.jsx file that compiles and imports nothing but React becomes a library
     * component (or is merged into its near-duplicate); anything else is reported with
     * the reason.
     */
    public ImportReport importComponents(List<dev.faibric.project.SourceFile> files, String source) {
        List<String> added = new ArrayList<>();
        List<String> merged = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (dev.faibric.project.SourceFile file : files) {
            if (!file.path().endsWith(".tsx") && !file.path().endsWith(".jsx")) {
                continue;
            }
            var problem = file.problem();
            if (problem.isPresent()) {
                rejected.add(problem.get());
                continue;
            }
            try {
                var module = compiler.compile(file.path(), file.content());
                if (!module.imports().stream().allMatch("react"::equals)) {
                    rejected.add(file.path() + ": imports "
                            + module.imports().stream().filter(i -> !i.equals("react")).toList()
                            + "; a library component may import only react");
                    continue;
                }
                if (!module.hasDefaultExport()) {
                    rejected.add(file.path() + ": has no default export");
                    continue;
                }
            }
            catch (dev.faibric.tsx.CompileException e) {
                rejected.add(e.getMessage());
                continue;
            }
            String name = file.path().substring(file.path().lastIndexOf('/') + 1).replaceFirst("\\.(tsx|jsx)$", "");
            boolean wasMerged = addOrMerge(name, words(name) + " component imported from " + source, file.content(),
                    null, 0);
            (wasMerged ? merged : added).add(file.path());
        }
        if (!added.isEmpty() || !merged.isEmpty()) {
            reload();
        }
        return new ImportReport(added, merged, rejected);
    }

    /**
     * Adds a component, or merges it into one already there that is nearly the same; true
     * when merged.
     */
    private boolean addOrMerge(String name, String description, String code, @Nullable Long sourceProject, int rating) {
        // Two vectors, as shipped entries have: the whole (name, description, code) and
        // the bare name,
        // which is what people search with ("cookie banner").
        float[][] vectors = embeddings
            .embedAll(List.of(words(name) + ". " + description + ". " + excerpt(code), words(name)));
        float[] vector = vectors[0];
        List<LibraryIndex.Match> nearest = index.search(vector, LibraryKind.COMPONENT, null, 1);
        if (!nearest.isEmpty() && nearest.getFirst().similarity() >= NEAR_DUPLICATE) {
            rows.mergeComponent(nearest.getFirst().entry().slug(), rating);
            return true;
        }
        String slug = slugOf(name) + "-" + Long.toString(System.nanoTime() & 0xffffffL, 36);
        rows.addComponent(slug, words(name), description, code, sourceProject, rating, json.writeValueAsString(vectors),
                embeddings.modelId());
        return false;
    }

    private boolean standalone(dev.faibric.project.SourceFile file) {
        try {
            return compiler.compile(file.path(), file.content()).imports().stream().allMatch("react"::equals);
        }
        catch (dev.faibric.tsx.CompileException e) {
            return false;
        }
    }

    private static String words(String pascal) {
        return pascal.replaceAll("([a-z0-9])([A-Z])", "$1 $2");
    }

    private static String slugOf(String pascal) {
        return words(pascal).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static String excerpt(String code) {
        return code.length() <= 400 ? code : code.substring(0, 400);
    }

    /**
     * Counts one more use of an entry (a generation started from it, or was offered it).
     */
    public void recordUse(LibraryKind kind, String slug) {
        rows.recordUse(kind, slug);
    }

    LibraryRows rows() {
        return rows;
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

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

}
