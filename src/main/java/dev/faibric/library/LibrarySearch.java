package dev.faibric.library;

import dev.faibric.account.Account;
import dev.faibric.data.AppSchema;
import dev.faibric.embedding.TextEmbeddings;
import dev.faibric.project.AppType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Finds things in the code library by meaning: semantic search ranked by usage and
 * quality, the template closest to a request, the components that fit one. Holds the
 * in-memory index, rebuilt from the database whenever the library changes.
 */
@Service
public class LibrarySearch implements TemplateFinder {

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

    private final LibraryRows rows;

    private final TextEmbeddings embeddings;

    private final LibrarySettings settings;

    private volatile LibraryIndex index;

    private volatile TemplatePhrases phrases = TemplatePhrases.of(List.of());

    LibrarySearch(LibraryRows rows, TextEmbeddings embeddings, LibrarySettings settings) {
        this.rows = rows;
        this.embeddings = embeddings;
        this.settings = settings;
        this.index = LibraryIndex.empty(embeddings.dimension());
    }

    /** Rebuilds the search index from the database (after the library changed). */
    void reload() {
        LibraryIndex fresh = new LibraryIndex(rows.entries(), embeddings.dimension());
        phrases = TemplatePhrases.of(fresh.entries().stream().filter(e -> e.kind() == LibraryKind.TEMPLATE).toList());
        index = fresh;
    }

    /** How many entries the index holds. */
    int size() {
        return index.size();
    }

    /**
     * Semantic search over the library, ranked by similarity weighted by usage and
     * quality.
     */
    public List<SearchHit> search(String query, @Nullable LibraryKind kind, @Nullable String category, int limit,
            Reader reader) {
        float[] vector = embeddings.embed(query);
        List<SearchHit> hits = new ArrayList<>();
        for (LibraryIndex.Match m : index.search(vector, kind, category, limit, reader::sees)) {
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
    public Optional<TemplateMatch> closestTemplate(String request, @Nullable AppType appType) {
        // Templates come only with Faibric (imports add components), so all are
        // published.
        List<LibraryIndex.Match> semantic = index.search(embeddings.embed(request), LibraryKind.TEMPLATE, null,
                CANDIDATES, LibraryEntry::published);
        if (semantic.isEmpty()) {
            return Optional.empty();
        }
        String type = appType == null ? null : appType.wire();
        Map<String, Double> named = phrases.named(request);
        LibraryIndex.Match best = null;
        double bestRelevance = -1;
        LibraryIndex.Match bestOfType = null;
        double bestOfTypeRelevance = -1;
        for (LibraryIndex.Match m : semantic) {
            // A named phrase counts only for a template of the request's own app type: "a
            // booking form for my salon" names the salon landing page's keyword, but asks
            // for a form.
            boolean sameType = type == null || m.entry().category().equals(type);
            double relevance = Math.max(m.similarity(), sameType ? named.getOrDefault(m.entry().slug(), 0.0) : 0.0);
            if (relevance > bestRelevance) {
                best = m;
                bestRelevance = relevance;
            }
            if (m.entry().category().equals(type) && relevance > bestOfTypeRelevance) {
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
                    t.defaultTitle(), t.tagline(), round(chosen.similarity()), round(relevance), t.database(),
                    chosen.entry().keywords()));
    }

    /**
     * The closest template if code reuse is on and it is at least
     * {@code MIN_REUSE_SIMILARITY} close.
     */
    public Optional<TemplateMatch> reusableTemplate(String request, @Nullable AppType appType) {
        if (!settings.enableCodeReuse()) {
            return Optional.empty();
        }
        return closestTemplate(request, appType).filter(m -> m.relevance() >= settings.minReuseSimilarity());
    }

    /**
     * The components closest to a request, at least {@code minSimilarity} close, with
     * their code, among those the reader may see.
     */
    public List<ComponentCode> relevantComponents(String request, int limit, double minSimilarity, Reader reader) {
        List<ComponentCode> components = new ArrayList<>();
        for (LibraryIndex.Match m : index.search(embeddings.embed(request), LibraryKind.COMPONENT, null, limit,
                reader::sees)) {
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

    /**
     * The library schema closest to a request, if it is at least {@code minSimilarity}
     * close, with its data model in the declarative form: what a model is offered to
     * start its {@code <database>} from.
     */
    public Optional<DataModel> relevantDataModel(String request, double minSimilarity) {
        return index.search(embeddings.embed(request), LibraryKind.SCHEMA, null, 1, LibraryEntry::published)
            .stream()
            .filter(m -> m.similarity() >= minSimilarity)
            .findFirst()
            .flatMap(m -> Optional
                .ofNullable(AppSchema.parse(ShippedLibrary.schemaModel(m.entry().slug()).toString()).value())
                .map(schema -> new DataModel(m.entry().slug(), m.entry().name(), schema, round(m.similarity()))));
    }

    /** A library schema's data model, and how close it is to the request (0 to 1). */
    public record DataModel(String slug, String name, AppSchema schema, double similarity) {
    }

    /** The component nearest to an embedding among those the reader sees, if any. */
    Optional<LibraryIndex.Match> nearestComponent(float[] vector, Reader reader) {
        return index.search(vector, LibraryKind.COMPONENT, null, 1, reader::sees).stream().findFirst();
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

    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    /**
     * Who a library search or listing is for: everyone sees what is published, an account
     * also sees what it imported or its apps taught the library, and an admin sees
     * everything (to decide what to publish).
     */
    public record Reader(long accountId, boolean admin) {

        public static Reader of(Account account) {
            return new Reader(account.id(), account.isAdmin());
        }

        /** The owner of a project, for what its generation may reuse. */
        public static Reader owner(long accountId) {
            return new Reader(accountId, false);
        }

        boolean sees(LibraryEntry entry) {
            return entry.published() || admin || (entry.authorId() != null && entry.authorId() == accountId);
        }

    }

}
