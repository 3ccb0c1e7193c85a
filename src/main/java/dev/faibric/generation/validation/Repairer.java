package dev.faibric.generation.validation;

import dev.faibric.answer.ChangeSet;
import dev.faibric.answer.ChangeStreamListener;
import dev.faibric.generation.edit.EditApplier;
import dev.faibric.generation.edit.EditOutcome;
import dev.faibric.generation.prompt.ModelRequests;
import dev.faibric.generation.prompt.SystemPrompts;
import dev.faibric.generation.stream.ParsedAnswer;
import dev.faibric.llm.LlmException;
import dev.faibric.llm.LlmProvider;
import dev.faibric.llm.LlmRequest;
import dev.faibric.llm.LlmUsage;
import dev.faibric.project.AppType;
import dev.faibric.project.Project;
import dev.faibric.project.PublicVariables;
import dev.faibric.project.SourceFile;
import dev.faibric.realtime.EventType;
import dev.faibric.realtime.ProjectEvents;
import dev.faibric.startcheck.StartCheck;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The one bounded repair: when validation finds problems, the model gets the compiler's
 * messages and the broken files once, answers with edits, and the result is validated
 * again. Validation is the static checks and then, when those pass, the start check (the
 * app started on the server as a browser would start it). Whatever is still wrong then is
 * reported; nothing broken is ever deployed.
 */
@Component
public class Repairer {

    private final CodeValidator validator;

    private final SystemPrompts prompts;

    private final StartCheck startCheck;

    private final PublicVariables variables;

    private final ProjectEvents events;

    Repairer(CodeValidator validator, StartCheck startCheck, PublicVariables variables, SystemPrompts prompts,
            ProjectEvents events) {
        this.validator = validator;
        this.startCheck = startCheck;
        this.variables = variables;
        this.prompts = prompts;
        this.events = events;
    }

    /**
     * The files after validation (and a repair, if one was needed and possible), what is
     * still wrong, and the cost.
     */
    public record Outcome(List<SourceFile> files, List<String> problems, LlmUsage usage) {
    }

    public Outcome validate(Project project, LlmProvider provider, AppType appType, List<SourceFile> files,
            List<String> parseProblems) {
        Map<String, String> owners = variables.of(project.id());
        List<String> problems = problems(files, owners);
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
        ParsedAnswer<ChangeSet> answer = ParsedAnswer.change(() -> new ChangeStreamListener() {
        }, reason -> {
        });
        LlmUsage usage;
        try {
            usage = provider.stream(new LlmRequest(prompts.forRepair(), ModelRequests.repair(files, problems), appType,
                    project.title()), answer);
        }
        catch (LlmException e) {
            problems.add("the repair could not be made: " + e.getMessage());
            return new Outcome(files, problems, LlmUsage.NONE);
        }
        EditOutcome applied = EditApplier.apply(files, answer.finish());
        List<String> remaining = problems(applied.files(), owners);
        applied.failures().forEach(f -> remaining.add("the repair's edit could not be applied: " + f.message()));
        return new Outcome(applied.files(), remaining, usage);
    }

    /**
     * Starts the start check, in the background, of files that are probably about to be
     * validated, if the static checks pass them; see {@link StartCheck#prefetch}.
     */
    public void prefetch(List<SourceFile> files, Map<String, String> owners) {
        if (startCheck.enabled() && validator.problems(files).isEmpty()) {
            startCheck.prefetch(files, owners);
        }
    }

    /**
     * What the static checks find, or when they find nothing, what starting the app does.
     */
    private List<String> problems(List<SourceFile> files, Map<String, String> owners) {
        List<String> problems = validator.problems(files);
        if (problems.isEmpty()) {
            startCheck.problem(files, owners).ifPresent(problems::add);
        }
        return problems;
    }

}
