package dev.faibric.library;

import dev.faibric.embedding.TextEmbeddings;
import dev.faibric.project.AppType;
import dev.faibric.project.SourceFile;
import dev.faibric.tsx.CompileException;
import dev.faibric.tsx.CompiledModule;
import dev.faibric.tsx.TsxCompiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the code library learns: how often each entry is used, what users think of apps
 * built from it, the components of well-rated apps, and components imported from existing
 * projects. A component that is nearly the same as one already there is merged into it.
 */
@Service
public class LibraryLearning {

    /** Ratings from this up teach the library. */
    static final int LEARN_FROM_RATING = 4;

    /** A learned component this close to one already there is the same component. */
    static final double NEAR_DUPLICATE = 0.95;

    private final LibraryRows rows;

    private final LibrarySearch search;

    private final TextEmbeddings embeddings;

    private final TsxCompiler compiler;

    private final JsonMapper json;

    LibraryLearning(LibraryRows rows, LibrarySearch search, TextEmbeddings embeddings, TsxCompiler compiler,
            JsonMapper json) {
        this.rows = rows;
        this.search = search;
        this.embeddings = embeddings;
        this.compiler = compiler;
        this.json = json;
    }

    /**
     * Counts one more use of an entry (a generation started from it, or was offered it).
     */
    public void recordUse(LibraryKind kind, String slug) {
        rows.recordUse(kind, slug);
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
            search.reload();
        }
    }

    /**
     * A well-rated (4 or 5) app contributes its self-contained components (files under
     * components/ that import nothing but React) to the library, with the project as
     * their source, private to the project's owner until an admin publishes them. Returns
     * how many components were added or merged.
     */
    public int learnFrom(long projectId, long ownerId, String title, AppType appType, List<SourceFile> files,
            int rating) {
        if (rating < LEARN_FROM_RATING) {
            return 0;
        }
        int learned = 0;
        for (SourceFile file : files) {
            if (file.path().startsWith("components/") && file.path().endsWith(".tsx")
                    && compiled(file).filter(LibraryLearning::importsOnlyReact).isPresent()) {
                String name = file.path().substring(file.path().lastIndexOf('/') + 1).replace(".tsx", "");
                addOrMerge(name, words(name) + " component from the " + appType + " '" + title + "'", file.content(),
                        projectId, rating, LibrarySearch.Reader.owner(ownerId));
                learned++;
            }
        }
        if (learned > 0) {
            search.reload();
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
     * the reason. What an account imports is its own until an admin publishes it; what an
     * admin imports is published at once.
     */
    public ImportReport importComponents(List<SourceFile> files, String source, LibrarySearch.Reader importer) {
        List<String> added = new ArrayList<>();
        List<String> merged = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (SourceFile file : files) {
            if (!file.path().endsWith(".tsx") && !file.path().endsWith(".jsx")) {
                continue;
            }
            Optional<String> problem = file.problem().or(() -> importProblem(file));
            if (problem.isPresent()) {
                rejected.add(problem.get());
                continue;
            }
            String name = file.path().substring(file.path().lastIndexOf('/') + 1).replaceFirst("\\.(tsx|jsx)$", "");
            boolean wasMerged = addOrMerge(name, words(name) + " component imported from " + source, file.content(),
                    null, 0, importer);
            (wasMerged ? merged : added).add(file.path());
        }
        if (!added.isEmpty() || !merged.isEmpty()) {
            search.reload();
        }
        return new ImportReport(added, merged, rejected);
    }

    /** Why an imported file cannot be a library component, if it cannot. */
    private Optional<String> importProblem(SourceFile file) {
        CompiledModule module;
        try {
            module = compiler.compile(file.path(), file.content());
        }
        catch (CompileException e) {
            return Optional.of(e.getMessage());
        }
        if (!importsOnlyReact(module)) {
            return Optional
                .of(file.path() + ": imports " + module.imports().stream().filter(i -> !i.equals("react")).toList()
                        + "; a library component may import only react");
        }
        if (!module.hasDefaultExport()) {
            return Optional.of(file.path() + ": has no default export");
        }
        return Optional.empty();
    }

    /**
     * Adds a component, or merges it into one already there that is nearly the same; true
     * when merged.
     */
    private boolean addOrMerge(String name, String description, String code, @Nullable Long sourceProject, int rating,
            LibrarySearch.Reader author) {
        // Two vectors, as shipped entries have: the whole (name, description, code) and
        // the bare name, which is what people search with ("cookie banner").
        float[][] vectors = embeddings
            .embedAll(List.of(words(name) + ". " + description + ". " + excerpt(code), words(name)));
        Optional<LibraryIndex.Match> nearest = search.nearestComponent(vectors[0],
                LibrarySearch.Reader.owner(author.accountId()));
        if (nearest.isPresent() && nearest.get().similarity() >= NEAR_DUPLICATE) {
            rows.mergeComponent(nearest.get().entry().slug(), rating);
            return true;
        }
        String slug = slugOf(name) + "-" + Long.toString(System.nanoTime() & 0xffffffL, 36);
        rows.addComponent(slug, words(name), description, code, sourceProject, rating, json.writeValueAsString(vectors),
                embeddings.modelId(), author);
        return false;
    }

    private Optional<CompiledModule> compiled(SourceFile file) {
        try {
            return Optional.of(compiler.compile(file.path(), file.content()));
        }
        catch (CompileException e) {
            return Optional.empty();
        }
    }

    private static boolean importsOnlyReact(CompiledModule module) {
        return module.imports().stream().allMatch("react"::equals);
    }

    private static String words(String pascal) {
        return pascal.replaceAll("([a-z0-9])([A-Z])", "$1 $2");
    }

    private static String slugOf(String pascal) {
        return words(pascal).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static String excerpt(String code) {
        return code.length() <= 400 ? code : code.substring(0, 400);
    }

}
