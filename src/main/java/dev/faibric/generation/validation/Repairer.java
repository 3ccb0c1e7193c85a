package dev.faibric.generation.validation;

import dev.faibric.answer.ChangeSet;
import dev.faibric.data.AppSchema;
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
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one bounded repair: when validation finds problems, the model gets the compiler's
 * messages and the broken files (and the data model, for an app that keeps data) once,
 * answers with edits (and a corrected {@code <database>} if that was wrong), and the
 * result is validated again. Validation is the static checks and the data model's
 * ({@link DataModelCheck}) and then, when the code passes, the start check (the app
 * started on the server as a browser would start it). Whatever is still wrong then is
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
     * What an answer came to: the app's files, its {@code <database>} block (null when it
     * has none), and whether it says {@code requires_backend="true"}.
     */
    public record Draft(List<SourceFile> files, @Nullable String database, boolean declaresData) {

        /** An app without a data model of its own. */
        public static Draft of(List<SourceFile> files) {
            return new Draft(files, null, false);
        }

    }

    /**
     * The files after validation (and a repair, if one was needed and possible), whether
     * the app keeps data and its data model (null when it keeps none or the model is
     * wrong), what is still wrong, and the cost.
     */
    public record Outcome(List<SourceFile> files, boolean dataBacked, @Nullable AppSchema schema, List<String> problems,
            LlmUsage usage) {
    }

    public Outcome validate(Project project, LlmProvider provider, AppType appType, Draft draft,
            List<String> parseProblems) {
        Map<String, String> owners = variables.of(project.id());
        List<SourceFile> files = draft.files();
        DataModelCheck.Result data = DataModelCheck.check(draft.database(), draft.declaresData(), files);
        List<String> problems = problems(files, data, owners);
        if (problems.isEmpty()) {
            return new Outcome(files, data.dataBacked(), data.schema(), List.of(), LlmUsage.NONE);
        }
        problems.addAll(0, parseProblems);
        if (!provider.writesEdits()) {
            events.publish(project.id(), EventType.VALIDATION, "The app has " + problems.size() + " problem(s)",
                    Map.of("errors", problems, "repairing", false));
            return new Outcome(files, data.dataBacked(), null, problems, LlmUsage.NONE);
        }
        events.publish(project.id(), EventType.VALIDATION,
                "Found " + problems.size() + " problem(s); asking " + provider.name() + " to fix them",
                Map.of("errors", problems, "repairing", true));
        ParsedAnswer<ChangeSet> answer = ParsedAnswer.change(() -> new ChangeStreamListener() {
        }, reason -> {
        });
        LlmUsage usage;
        try {
            usage = provider.stream(new LlmRequest(prompts.forRepair(),
                    ModelRequests.repair(files, data.dataBacked() ? draft.database() : null, problems), appType,
                    project.title()), answer);
        }
        catch (LlmException e) {
            problems.add("the repair could not be made: " + e.getMessage());
            return new Outcome(files, data.dataBacked(), null, problems, LlmUsage.NONE);
        }
        ChangeSet repair = answer.finish();
        EditOutcome applied = EditApplier.apply(files, repair);
        String database = repair.database() != null ? repair.database() : draft.database();
        DataModelCheck.Result repaired = DataModelCheck.check(database, draft.declaresData(), applied.files());
        List<String> remaining = problems(applied.files(), repaired, owners);
        applied.failures().forEach(f -> remaining.add("the repair's edit could not be applied: " + f.message()));
        return new Outcome(applied.files(), repaired.dataBacked(), remaining.isEmpty() ? repaired.schema() : null,
                remaining, usage);
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
     * What the static checks find, or when they find nothing, what starting the app does;
     * and what is wrong with the data model.
     */
    private List<String> problems(List<SourceFile> files, DataModelCheck.Result data, Map<String, String> owners) {
        List<String> problems = validator.problems(files);
        if (problems.isEmpty()) {
            startCheck.problem(files, owners).ifPresent(problems::add);
        }
        problems.addAll(data.problems());
        return problems;
    }

}
