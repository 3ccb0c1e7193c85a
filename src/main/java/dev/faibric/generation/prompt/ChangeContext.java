package dev.faibric.generation.prompt;

import dev.faibric.answer.AnswerWriter;
import dev.faibric.data.AppSchema;
import dev.faibric.project.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a change request sends the model: the request, a short summary of earlier turns,
 * the files the request needs, not the whole history, and the app's data model when it
 * keeps data. A small app goes whole; a larger one sends App.tsx, the files the request
 * names (by file or component name), then what fits the budget.
 */
public final class ChangeContext {

    static final int BUDGET_CHARS = 24_000;

    private ChangeContext() {
    }

    public static String request(String change, List<String> earlierTurns, List<SourceFile> files) {
        return request(change, earlierTurns, files, null);
    }

    /** The request for an app with this data model (none when null). */
    public static String request(String change, List<String> earlierTurns, List<SourceFile> files,
            @Nullable AppSchema database) {
        List<SourceFile> shown = select(change, files);
        StringBuilder out = new StringBuilder("Change request: ").append(change.strip()).append("\n");
        if (!earlierTurns.isEmpty()) {
            out.append("\nEarlier changes, oldest first:\n");
            earlierTurns.forEach(t -> out.append("- ").append(t).append('\n'));
        }
        AnswerWriter current = new AnswerWriter();
        shown.forEach(current::file);
        out.append("\nThe app's current files:\n").append(current);
        List<String> hidden = files.stream().filter(f -> !shown.contains(f)).map(SourceFile::path).toList();
        if (!hidden.isEmpty()) {
            out.append(
                    "\nOther files exist but are not shown (ask for none; edit only the files shown, or write new ones): ")
                .append(String.join(", ", hidden))
                .append('\n');
        }
        if (database != null) {
            out.append("\nThe app's current data model:\n")
                .append(new AnswerWriter().section("database", "\n" + database.toJson() + "\n"));
        }
        return out.toString();
    }

    static List<SourceFile> select(String change, List<SourceFile> files) {
        int total = files.stream().mapToInt(f -> f.content().length()).sum();
        if (total <= BUDGET_CHARS) {
            return files;
        }
        String text = " " + change.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
        Set<SourceFile> chosen = new LinkedHashSet<>();
        files.stream().filter(SourceFile::isEntry).forEach(chosen::add);
        for (SourceFile file : files) {
            if (mentions(text, file.path())) {
                chosen.add(file);
            }
        }
        int used = chosen.stream().mapToInt(f -> f.content().length()).sum();
        List<SourceFile> rest = new ArrayList<>(files);
        rest.removeAll(chosen);
        rest.sort(Comparator.comparingInt(f -> f.content().length()));
        for (SourceFile file : rest) {
            if (used + file.content().length() <= BUDGET_CHARS) {
                chosen.add(file);
                used += file.content().length();
            }
        }
        return files.stream().filter(chosen::contains).toList();
    }

    /**
     * "components/BillForm.tsx" is mentioned by "billform", "bill form" or "BillForm".
     */
    private static boolean mentions(String text, String path) {
        String stem = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.[a-z]+$", "");
        String spaced = stem.replaceAll("([a-z0-9])([A-Z])", "$1 $2")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", " ")
            .strip();
        String joined = spaced.replace(" ", "");
        return text.contains(" " + spaced + " ") || text.contains(" " + joined + " ")
                || text.contains(" " + joined + "s ") || text.contains(" " + spaced + "s ");
    }

}
