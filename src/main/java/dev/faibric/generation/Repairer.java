package dev.faibric.generation;

import dev.faibric.llm.LlmException;
import dev.faibric.llm.LlmProvider;
import dev.faibric.llm.LlmRequest;
import dev.faibric.llm.LlmUsage;
import dev.faibric.project.Project;
import dev.faibric.project.SourceFile;
import dev.faibric.realtime.EventType;
import dev.faibric.realtime.ProjectEvents;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The one bounded repair: when validation finds problems, the model gets the compiler's
 * messages and the broken files once, answers with edits, and the result is validated
 * again. Whatever is still wrong then is reported; nothing broken is ever deployed.
 */
@Component
class Repairer {

    private final CodeValidator validator;

    private final SystemPrompts prompts;

    private final ProjectEvents events;

    Repairer(CodeValidator validator, SystemPrompts prompts, ProjectEvents events) {
        this.validator = validator;
        this.prompts = prompts;
        this.events = events;
    }

    /**
     * The files after validation (and a repair, if one was needed and possible), what is
     * still wrong, and the cost.
     */
    record Outcome(List<SourceFile> files, List<String> problems, LlmUsage usage) {
    }

    Outcome validate(Project project, LlmProvider provider, String appType, List<SourceFile> files,
            List<String> parseProblems) {
        List<String> problems = validator.problems(files);
        if (problems.isEmpty()) {
            return new Outcome(files, List.of(), LlmUsage.NONE);
        }
        problems.addAll(0, parseProblems);
        if (!provider.writesEdits()) {
            events.publish(project.id(), EventType.VALIDATION, "The app has " + problems.size() + " problem(s)",
                    Map.of("errors", problems, "repairing", false));
            return new Outcome(files, problems, LlmUsage.NONE);
        }
        events.publish(project.id(), EventType.VALIDATION,
                "Found " + problems.size() + " problem(s); asking " + provider.name() + " to fix them",
                Map.of("errors", problems, "repairing", true));
        ChangeAnswer answer = new ChangeAnswer(() -> new ChangeStreamListener() {
        }, reason -> {
        });
        LlmUsage usage;
        try {
            usage = provider.stream(
                    new LlmRequest(prompts.forRepair(), request(files, problems), appType, project.title()), answer);
        }
        catch (LlmException e) {
            problems.add("the repair could not be made: " + e.getMessage());
            return new Outcome(files, problems, LlmUsage.NONE);
        }
        EditOutcome applied = EditApplier.apply(files, answer.finish());
        List<String> remaining = validator.problems(applied.files());
        applied.failures().forEach(f -> remaining.add("the repair's edit could not be applied: " + f.message()));
        return new Outcome(applied.files(), remaining, usage);
    }

    /** The errors, the files they name (and App.tsx), and the names of the others. */
    static String request(List<SourceFile> files, List<String> problems) {
        Set<String> broken = new LinkedHashSet<>();
        broken.add(CodeValidator.ENTRY);
        for (String problem : problems) {
            for (SourceFile file : files) {
                if (problem.startsWith(file.path() + ":") || problem.contains("'" + file.path() + "'")) {
                    broken.add(file.path());
                }
            }
        }
        StringBuilder out = new StringBuilder("The app does not pass validation. Fix these problems:\n");
        problems.forEach(p -> out.append("- ").append(p).append('\n'));
        out.append("\nThe files concerned:\n");
        for (SourceFile file : files) {
            if (broken.contains(file.path())) {
                out.append("<file path=\"")
                    .append(file.path())
                    .append("\">\n")
                    .append(file.content())
                    .append("</file>\n");
            }
        }
        List<String> others = files.stream().map(SourceFile::path).filter(p -> !broken.contains(p)).toList();
        if (!others.isEmpty()) {
            out.append("\nThe app's other files, unchanged: ").append(String.join(", ", others)).append('\n');
        }
        return out.toString();
    }

}
