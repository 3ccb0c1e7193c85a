package dev.faibric.generation.edit;

import dev.faibric.answer.ChangeSet;
import dev.faibric.answer.FileEdit;
import dev.faibric.answer.SearchReplace;
import dev.faibric.generation.edit.EditOutcome.EditFailure;
import dev.faibric.generation.edit.EditOutcome.FileOutcome;
import dev.faibric.generation.edit.EditOutcome.MatchKind;
import dev.faibric.generation.edit.EditOutcome.Reason;
import dev.faibric.project.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Applies a modification answer (edits and whole files) to an app's current files.
 *
 * <p>
 * Each SEARCH/REPLACE block is placed by staged matching, the first stage that finds
 * anything deciding:
 * <ol>
 * <li>exact: the SEARCH lines appear verbatim (line ends aside) in the file;</li>
 * <li>whitespace-tolerant: they match line by line when leading/trailing whitespace and
 * blank lines are ignored; the original lines are replaced and the REPLACE lines
 * re-indented by the indentation difference observed at the first matched line (tabs and
 * spaces converted to the file's style);</li>
 * <li>within a line: a one-line SEARCH that is a fragment of a line replaces just that
 * fragment.</li>
 * </ol>
 * A stage that finds more than one place reports the block ambiguous (so an exact unique
 * match wins over several whitespace-tolerant ones). An empty SEARCH creates a file that
 * does not exist. Blocks apply in order, each to the result of the previous. A file with
 * any failed block keeps its previous content and is reported, so that the caller can ask
 * for that one file to be rewritten.
 */
public final class EditApplier {

    private EditApplier() {
    }

    public static EditOutcome apply(List<SourceFile> current, ChangeSet changes) {
        return apply(current, changes.changes());
    }

    /**
     * Applies the changes in the order given: edits ({@link FileEdit}) and whole files
     * ({@link ChangeSet.Write}).
     */
    public static EditOutcome apply(List<SourceFile> current, List<? extends ChangeSet.Change> changes) {
        Map<String, String> originals = new LinkedHashMap<>();
        for (SourceFile file : current) {
            originals.put(file.path(), file.content());
        }
        Map<String, Work> touched = new LinkedHashMap<>();
        for (ChangeSet.Change change : changes) {
            String path = resolve(change.path(), originals, touched);
            Work work = touched.computeIfAbsent(path, p -> new Work(p, originals.get(p)));
            switch (change) {
                case ChangeSet.Write write -> work.write(write.file().content());
                case FileEdit edit -> edit.blocks().forEach(work::edit);
            }
        }
        List<SourceFile> files = new ArrayList<>();
        originals.forEach((path, content) -> {
            Work work = touched.get(path);
            files.add(new SourceFile(path, work != null && work.ok() && work.content != null ? work.content : content));
        });
        List<FileOutcome> outcomes = new ArrayList<>();
        for (Work work : touched.values()) {
            if (work.original == null && work.ok() && work.content != null) {
                files.add(new SourceFile(work.path, work.content));
            }
            outcomes.add(work.outcome());
        }
        return new EditOutcome(files, outcomes);
    }

    private static final class Work {

        final String path;

        final @Nullable String original;

        @Nullable String content;

        boolean rewritten;

        int blocks;

        final List<MatchKind> matches = new ArrayList<>();

        final List<EditFailure> failures = new ArrayList<>();

        Work(String path, @Nullable String original) {
            this.path = path;
            this.original = original;
            this.content = original;
        }

        boolean ok() {
            return failures.isEmpty();
        }

        void write(String text) {
            var problem = new SourceFile(path, text).problem();
            if (problem.isPresent()) {
                failures.add(new EditFailure(path, 0, Reason.INVALID_PATH, problem.get(), null));
                return;
            }
            // A whole file supersedes whatever was tried on it before.
            failures.clear();
            matches.clear();
            content = text;
            rewritten = original != null;
        }

        void edit(SearchReplace block) {
            int number = ++blocks;
            if (content == null) {
                if (!block.searchIsEmpty()) {
                    failures.add(new EditFailure(path, number, Reason.NO_SUCH_FILE,
                            "cannot edit " + path
                                    + ": there is no such file (a new file needs an empty SEARCH or a <file> block)",
                            block));
                    return;
                }
                String created = TextLines.lf(block.replace());
                var problem = new SourceFile(path, created).problem();
                if (problem.isPresent()) {
                    failures.add(new EditFailure(path, number, Reason.INVALID_PATH, problem.get(), block));
                    return;
                }
                content = created;
                matches.add(MatchKind.NEW_FILE);
                return;
            }
            switch (BlockPlacer.place(path, content, block)) {
                case BlockPlacer.Applied applied -> {
                    content = applied.content();
                    matches.add(applied.kind());
                }
                case BlockPlacer.Failed failed ->
                    failures.add(new EditFailure(path, number, failed.reason(), failed.message(), block));
            }
        }

        FileOutcome outcome() {
            boolean applied = ok();
            return new FileOutcome(path, applied, original == null && applied, rewritten, matches, failures,
                    applied ? null : content);
        }

    }

    /**
     * The existing file an edit means: the path as written, else without a leading "/",
     * "./" or "src/" (models sometimes add them); a path that matches nothing is a new
     * file.
     */
    private static String resolve(String path, Map<String, String> originals, Map<String, Work> touched) {
        String candidate = path;
        for (int i = 0; i < 3; i++) {
            if (originals.containsKey(candidate) || touched.containsKey(candidate)) {
                return candidate;
            }
            candidate = candidate.replaceFirst("^(/+|\\./|src/)", "");
        }
        return path;
    }

}
