package dev.faibric.generation.prompt;

import dev.faibric.answer.AnswerWriter;
import dev.faibric.composer.ColourRequest;
import dev.faibric.data.AppSchema;
import dev.faibric.library.ComponentCode;
import dev.faibric.project.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The user messages of the calls besides a change: a repair, a rewrite of files whose
 * edits did not apply, a prompt with library components to copy, and the adaptation of a
 * library template.
 */
public final class ModelRequests {

    private ModelRequests() {
    }

    /**
     * The errors, the files they name (and App.tsx), the names of the others, and for an
     * app that keeps data, its {@code <database>} block as it is.
     */
    public static String repair(List<SourceFile> files, @Nullable String database, List<String> problems) {
        Set<String> broken = new LinkedHashSet<>();
        files.stream().filter(SourceFile::isEntry).forEach(f -> broken.add(f.path()));
        for (String problem : problems) {
            for (SourceFile file : files) {
                if (problem.startsWith(file.path() + ":") || problem.contains("'" + file.path() + "'")) {
                    broken.add(file.path());
                }
            }
        }
        StringBuilder out = new StringBuilder("The app does not pass validation. Fix these problems:\n");
        problems.forEach(p -> out.append("- ").append(p).append('\n'));
        AnswerWriter concerned = new AnswerWriter();
        files.stream().filter(f -> broken.contains(f.path())).forEach(concerned::file);
        out.append("\nThe files concerned:\n").append(concerned);
        List<String> others = files.stream().map(SourceFile::path).filter(p -> !broken.contains(p)).toList();
        if (!others.isEmpty()) {
            out.append("\nThe app's other files, unchanged: ").append(String.join(", ", others)).append('\n');
        }
        if (database != null) {
            out.append("\nThe app's data model (if a problem is in it, answer the whole corrected <database> block):\n")
                .append(new AnswerWriter().section("database", "\n" + database.strip() + "\n"));
        }
        return out.toString();
    }

    /**
     * Edits that could not be placed: each such file asked for whole, with why the edits
     * failed.
     */
    public static String rewrite(String change, List<String> reasons, List<SourceFile> files, List<String> paths) {
        AnswerWriter whole = new AnswerWriter();
        files.stream().filter(f -> paths.contains(f.path())).forEach(whole::file);
        return "Change request: " + change.strip() + "\n\n" + "Your edits could not be applied ("
                + String.join("; ", reasons) + ").\n"
                + "Answer with the complete new content of each of these files in a <file> block, then <summary>:\n"
                + whole;
    }

    /** The prompt with the offered components appended as code the model may copy. */
    public static String withComponents(String prompt, List<ComponentCode> components) {
        if (components.isEmpty()) {
            return prompt;
        }
        AnswerWriter offered = new AnswerWriter();
        components.forEach(c -> offered.file(c.path(), c.code()));
        return prompt.strip() + "\n\nAvailable components from the code library. "
                + "Copy one into the app as a file of its own (at the path given) only if it fits:\n" + offered;
    }

    /**
     * The prompt with the code library's data model that fits it, offered as the start of
     * the answer's {@code <database>}.
     */
    public static String withDataModel(String prompt, String name, AppSchema schema) {
        return prompt.strip() + "\n\nA data model from the code library that fits ('" + name
                + "'). Start your <database> from it if it suits the app: keep what the app needs, change or "
                + "leave out the rest, add what is missing:\n"
                + new AnswerWriter().section("database", "\n" + schema.toJson() + "\n");
    }

    /** The change a model is asked for when it starts from a library template. */
    public static String adaptation(String prompt, String templateName) {
        return prompt.strip() + "\n\n(This app starts from the code library's '" + templateName
                + "' template. Adapt it so that it is exactly what was asked: set the title, tagline and colours "
                + "in config.ts, rewrite texts and data to fit, and add, change or remove features as the request "
                + "needs.)";
    }

    /**
     * The request with the colours it names said explicitly, so a model uses exactly
     * them: "The user asked for page background #e6e6fa (lavender) and component colour
     * #000080 (navy): use exactly these ...". A request that names none is returned as it
     * is.
     */
    public static String withColours(String prompt) {
        ColourRequest asked = ColourRequest.parse(prompt);
        List<String> named = new ArrayList<>();
        if (asked.background() != null) {
            named.add("page background " + asked.background().describe());
        }
        if (asked.components() != null) {
            named.add("component colour " + asked.components().describe());
        }
        if (named.isEmpty()) {
            return prompt;
        }
        return prompt.strip() + "\n\n(The user asked for " + String.join(" and ", named)
                + ": use exactly these values, the page background as the page's background colour and the "
                + "component colour as the fill of the buttons and for links, headers and navigation, with text "
                + "that keeps enough contrast on them.)";
    }

}
