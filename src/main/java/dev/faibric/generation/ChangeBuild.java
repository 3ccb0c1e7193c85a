package dev.faibric.generation;

import dev.faibric.answer.ChangeSet;
import dev.faibric.data.AppSchema;
import dev.faibric.generation.edit.EditApplier;
import dev.faibric.generation.edit.EditOutcome;
import dev.faibric.generation.prompt.ChangeContext;
import dev.faibric.generation.prompt.ModelRequests;
import dev.faibric.generation.prompt.SystemPrompts;
import dev.faibric.generation.stream.ChangeProgress;
import dev.faibric.generation.stream.ParsedAnswer;
import dev.faibric.generation.validation.AnswerLayout;
import dev.faibric.generation.validation.Repairer;
import dev.faibric.generation.validation.RequestedColours;
import dev.faibric.llm.LlmException;
import dev.faibric.llm.LlmProvider;
import dev.faibric.llm.LlmRequest;
import dev.faibric.llm.LlmUsage;
import dev.faibric.project.Project;
import dev.faibric.project.ProjectVersion;
import dev.faibric.project.ProjectVersions;
import dev.faibric.project.PublicVariables;
import dev.faibric.project.SourceFile;
import dev.faibric.servercode.ServerCode;
import dev.faibric.realtime.EventType;
import dev.faibric.realtime.ProjectEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A change to an existing app, as the seed's {@code modify_app_stream}: the model answers
 * with search/replace edits against the current files (a few hundred tokens, not the
 * whole app); edits are applied with staged matching; a file whose edits cannot be
 * applied is asked for whole, once; the result is validated (one repair), stored as a new
 * version and hot-deployed. An app that keeps data is shown its data model and may answer
 * a new one in a {@code <database>}; without one it keeps its own. A change that asks for
 * shared data ("let people log in") turns the data tier on.
 */
@Component
class ChangeBuild {

    private static final int EARLIER_TURNS = 5;

    private final ProjectVersions versions;

    private final ProjectEvents events;

    private final SystemPrompts prompts;

    private final Repairer repairer;

    private final Releaser releaser;

    private final GenerationMetrics metrics;

    private final JsonMapper json;

    private final PublicVariables variables;

    private final DataTierChoice dataTier;

    private final GenerationSettings settings;

    ChangeBuild(ProjectVersions versions, ProjectEvents events, SystemPrompts prompts, Repairer repairer,
            Releaser releaser, GenerationMetrics metrics, JsonMapper json, PublicVariables variables,
            DataTierChoice dataTier, GenerationSettings settings) {
        this.dataTier = dataTier;
        this.settings = settings;
        this.json = json;
        this.variables = variables;
        this.versions = versions;
        this.events = events;
        this.prompts = prompts;
        this.repairer = repairer;
        this.releaser = releaser;
        this.metrics = metrics;
    }

    boolean run(Project project, ProjectVersion current, LlmProvider provider, String change, long started) {
        long id = project.id();
        List<SourceFile> files = current.files();
        AppSchema schema = schemaOf(current);
        boolean withData = dataTier.choose(id, change, schema != null, project.appType());
        boolean withServer = dataTier.serverCode(change, ServerCode.present(files));
        String request = ChangeContext.request(ModelRequests.withColours(change),
                versions.recentSummaries(id, EARLIER_TURNS), files, schema);
        ChangeSet changes;
        LlmUsage usage;
        try {
            Streamed streamed = stream(provider, new LlmRequest(prompts.forChange(withData, withServer), request,
                    project.appType(), project.title()), id, () -> prefetching(files, variables.of(id)));
            changes = streamed.changes();
            usage = streamed.usage();
        }
        catch (LlmException e) {
            releaser.fail(project, e);
            return false;
        }
        metrics.answered(usage);
        if (changes.isEmpty()) {
            releaser.fail(project, "The AI answered without any change to the files"
                    + (changes.summary() == null ? "." : ": " + changes.summary()));
            return false;
        }
        EditOutcome outcome = EditApplier.apply(files, changes);
        List<String> warnings = new ArrayList<>(changes.problems());
        if (!outcome.allApplied()) {
            Rewrite rewrite = rewrite(project, provider, change, outcome, withData);
            outcome = rewrite.outcome();
            usage = usage.plus(rewrite.usage());
            warnings.addAll(rewrite.warnings());
        }
        AnswerLayout.Normalised layout = AnswerLayout.normalise(outcome.files());
        warnings.addAll(layout.notes());
        String database = changes.database() != null ? changes.database() : schema == null ? null : schema.toJson();
        Repairer.Outcome checked = repairer.validate(project, provider, project.appType(),
                new Repairer.Draft(layout.files(), database, schema != null), List.of());
        metrics.answered(checked.usage());
        if (!checked.problems().isEmpty()) {
            events.publish(id, EventType.VALIDATION,
                    "The change still has " + checked.problems().size() + " problem(s)",
                    Map.of("errors", checked.problems(), "repairing", false));
            releaser.fail(project, Releaser.notDeployed("The change", checked.problems()));
            return false;
        }
        warnings.addAll(RequestedColours.missing(change, checked.files()));
        String summary = changes.summary() != null && !changes.summary().isBlank() ? changes.summary().strip()
                : Releaser.summaryOf(change);
        return releaser.release(project,
                new Releaser.Build(project.appType(), project.title(), checked.dataBacked(), checked.schema(),
                        checked.files(), ResultAssembler.withSchema(sections(current), checked.schema()), warnings,
                        summary, usage.plus(checked.usage()), started));
    }

    private @Nullable AppSchema schemaOf(ProjectVersion version) {
        return VersionContents.schema(version, json);
    }

    private record Streamed(ChangeSet changes, LlmUsage usage) {
    }

    private record Rewrite(EditOutcome outcome, LlmUsage usage, List<String> warnings) {
    }

    /** Edits that could not be placed: ask for each such file whole, in one more call. */
    private Rewrite rewrite(Project project, LlmProvider provider, String change, EditOutcome failed,
            boolean withData) {
        List<String> paths = failed.failedPaths();
        List<SourceFile> current = failed.files();
        List<String> reasons = failed.failures().stream().map(EditOutcome.EditFailure::message).toList();
        events.publish(
                project.id(), EventType.THINKING, "Some edits did not match " + String.join(", ", paths)
                        + "; asking for " + (paths.size() == 1 ? "that file" : "those files") + " in full",
                Map.of("errors", reasons));
        try {
            Streamed streamed = stream(
                    provider, new LlmRequest(prompts.forChange(withData),
                            ModelRequests.rewrite(change, reasons, current, paths), project.appType(), project.title()),
                    project.id(), () -> rewritten -> {
                    });
            List<ChangeSet.Change> whole = streamed.changes()
                .files()
                .stream()
                .filter(f -> paths.contains(f.path())).<ChangeSet.Change>map(ChangeSet.Write::new).toList();
            EditOutcome merged = EditApplier.apply(current, whole);
            List<String> warnings = new ArrayList<>();
            paths.stream()
                .filter(p -> !merged.changedPaths().contains(p))
                .forEach(p -> warnings.add("the change to " + p + " could not be applied; it was left as it was"));
            return new Rewrite(merged, streamed.usage(), warnings);
        }
        catch (LlmException e) {
            return new Rewrite(failed, LlmUsage.NONE,
                    List.of("the change to " + String.join(", ", paths) + " could not be applied: " + e.getMessage()));
        }
    }

    /**
     * As each edit completes, the files as they would be with the edits so far start
     * their start check if they pass the static checks: the last edit is usually the
     * whole change, and its check then runs while the model writes its summary.
     */
    private Consumer<ChangeSet.Change> prefetching(List<SourceFile> files, Map<String, String> owners) {
        List<ChangeSet.Change> sofar = new ArrayList<>();
        return change -> {
            sofar.add(change);
            EditOutcome outcome = EditApplier.apply(files, sofar);
            if (outcome.allApplied()) {
                repairer.prefetch(AnswerLayout.normalise(outcome.files()).files(), owners);
            }
        };
    }

    private Streamed stream(LlmProvider provider, LlmRequest request, long projectId,
            Supplier<Consumer<ChangeSet.Change>> completed) throws LlmException {
        ParsedAnswer<ChangeSet> answer = ParsedAnswer.change(
                () -> new ChangeProgress(projectId, events, settings.progressInterval().toNanos(), completed.get()),
                reason -> events.publish(projectId, EventType.THINKING, reason, Map.of("restarted", true)));
        LlmUsage usage = provider.stream(request, answer);
        return new Streamed(answer.finish(), usage);
    }

    /**
     * The previous result's description, styles, features, data, backend and database
     * carry over.
     */
    private Map<String, String> sections(ProjectVersion current) {
        return VersionContents.sections(current, json);
    }

}
