package dev.faibric.generation.prompt;

import dev.faibric.answer.AnswerWriter;
import dev.faibric.library.ComponentCode;
import dev.faibric.project.SourceFile;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The user messages of the calls besides a change: a repair, a rewrite of files whose
 * edits did not apply, a prompt with library components to copy, and the adaptation of a
 * library template.
 */
public final class ModelRequests {

    private ModelRequests() {
    }

    /** The errors, the files they name (and App.tsx), and the names of the others. */
    public static String repair(List<SourceFile> files, List<String> problems) {
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

    /** The change a model is asked for when it starts from a library template. */
    public static String adaptation(String prompt, String templateName) {
        return prompt.strip() + "\n\n(This app starts from the code library's '" + templateName
                + "' template. Adapt it so that it is exactly what was asked: set the title, tagline and colours "
                + "in config.ts, rewrite texts and data to fit, and add, change or remove features as the request "
                + "needs.)";
    }

}
