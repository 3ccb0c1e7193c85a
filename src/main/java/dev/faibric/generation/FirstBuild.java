package dev.faibric.generation;

import dev.faibric.deploy.Deployer;
import dev.faibric.generation.prompt.ModelRequests;
import dev.faibric.generation.prompt.SystemPrompts;
import dev.faibric.generation.stream.GenerationRun;
import dev.faibric.generation.stream.ParsedAnswer;
import dev.faibric.generation.validation.AnswerLayout;
import dev.faibric.generation.validation.Repairer;
import dev.faibric.generation.validation.RequestedColours;
import dev.faibric.library.ComponentCode;
import dev.faibric.llm.LlmException;
import dev.faibric.llm.LlmProvider;
import dev.faibric.llm.LlmRequest;
import dev.faibric.llm.LlmUsage;
import dev.faibric.project.AppType;
import dev.faibric.project.Project;
import dev.faibric.project.PublicVariables;
import dev.faibric.realtime.EventType;
import dev.faibric.realtime.ProjectEvents;
import dev.faibric.startcheck.StartCheck;
import dev.faibric.tsx.TsxCompiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A whole app from a prompt (or, with the offline composer, composed anew for a change):
 * one streaming call, files and previews as they complete, validation (of the code and
 * the data model) with one repair, release. An app that keeps shared data is asked for
 * with the prompt that teaches the data tier, and offered the library's data model that
 * fits.
 */
@Component
class FirstBuild {

    private final ProjectEvents events;

    private final SystemPrompts prompts;

    private final Repairer repairer;

    private final Releaser releaser;

    private final Deployer deployer;

    private final TsxCompiler compiler;

    private final GenerationSettings settings;

    private final GenerationMetrics metrics;

    private final CodeReuse reuse;

    private final PublicVariables variables;

    private final StartCheck startCheck;

    private final DataTierChoice dataTier;

    FirstBuild(ProjectEvents events, SystemPrompts prompts, Repairer repairer, Releaser releaser, Deployer deployer,
            TsxCompiler compiler, GenerationSettings settings, GenerationMetrics metrics, CodeReuse reuse,
            PublicVariables variables, StartCheck startCheck, DataTierChoice dataTier) {
        this.dataTier = dataTier;
        this.reuse = reuse;
        this.variables = variables;
        this.startCheck = startCheck;
        this.events = events;
        this.prompts = prompts;
        this.repairer = repairer;
        this.releaser = releaser;
        this.deployer = deployer;
        this.compiler = compiler;
        this.settings = settings;
        this.metrics = metrics;
    }

    /**
     * An existing app composed anew by the offline composer: the title it keeps (or is
     * given) and the new version's summary.
     */
    record Recompose(String title, String summary) {
    }

    /**
     * Streams, validates and releases; {@code recompose} is set when an existing app is
     * composed anew.
     */
    boolean run(Project project, LlmProvider provider, String prompt, AppType appType, @Nullable Recompose recompose,
            long started) {
        long id = project.id();
        String keepTitle = recompose == null ? null : recompose.title();
        PreviewPublisher previews = new PreviewPublisher(project, variables.of(id), deployer, startCheck, compiler,
                events, started);
        ParsedAnswer<GenerationRun> answer = ParsedAnswer.app(
                () -> new GenerationRun(id, events, settings.progressInterval().toNanos(), previews::update),
                reason -> events.publish(id, EventType.THINKING, reason, Map.of("restarted", true)));
        List<ComponentCode> offered = provider.writesEdits() && keepTitle == null
                ? reuse.components(prompt, project.ownerId()) : List.of();
        boolean withData = provider.writesEdits() && dataTier.choose(id, prompt, project.requiresBackend(), appType);
        boolean withServer = provider.writesEdits() && dataTier.serverCode(prompt, false);
        String request = ModelRequests
            .withComponents(provider.writesEdits() ? ModelRequests.withColours(prompt) : prompt, offered);
        if (withData) {
            String plain = request;
            request = reuse.dataModel(prompt)
                .map(model -> ModelRequests.withDataModel(plain, model.name(), model.schema()))
                .orElse(plain);
        }
        LlmUsage usage;
        try {
            usage = provider.stream(
                    new LlmRequest(prompts.forGeneration(appType, withData, withServer), request, appType, keepTitle),
                    answer);
        }
        catch (LlmException e) {
            releaser.fail(project, e);
            return false;
        }
        GenerationRun run = answer.finish();
        String note = run.attributes().getOrDefault("note", "").strip();
        if (!provider.writesEdits() && !note.isEmpty()) {
            // The offline composer says what it built from (a template, or the library's
            // sections when none fits) and what an AI model would add.
            events.publish(id, EventType.MESSAGE, note.length() > 1000 ? note.substring(0, 1000) : note,
                    Map.of("composer", true));
        }
        metrics.answered(usage);
        if (previews.firstPreview() != null) {
            metrics.firstPreview(previews.firstPreview());
        }

        AppType type = AppType.parse(run.attributes().getOrDefault("type", "")).orElse(appType);
        AnswerLayout.Normalised layout = AnswerLayout.normalise(run.files());
        boolean declared = Boolean.parseBoolean(run.attributes().getOrDefault("requires_backend", "false"));
        Repairer.Outcome checked = repairer.validate(project, provider, type,
                new Repairer.Draft(layout.files(), run.sections().get("database"), declared), run.problems());
        metrics.answered(checked.usage());
        if (!checked.problems().isEmpty()) {
            events.publish(id, EventType.VALIDATION, "The app still has " + checked.problems().size() + " problem(s)",
                    Map.of("errors", checked.problems(), "repairing", false));
            releaser.fail(project, Releaser.notDeployed("The generated app", checked.problems()));
            return false;
        }
        String title = keepTitle != null ? keepTitle : titleFrom(run.attributes(), project.title());
        if (keepTitle == null) {
            // Recorded before the release, so whoever sees `deployed` also sees what the
            // app was built from.
            reuse.record(id, run.attributes().get("template"), offered, checked.files());
        }
        return releaser.release(project,
                new Releaser.Build(type, title, checked.dataBacked(), checked.schema(), checked.files(),
                        ResultAssembler.withSchema(run.sections(), checked.schema()),
                        warnings(run.problems(), layout.notes(),
                                provider.writesEdits() ? RequestedColours.missing(prompt, checked.files()) : List.of()),
                        recompose == null ? "Generated from the prompt" : recompose.summary(),
                        usage.plus(checked.usage()), started));
    }

    private static List<String> warnings(List<String> problems, List<String> notes, List<String> colours) {
        List<String> warnings = new ArrayList<>(problems);
        warnings.addAll(notes);
        warnings.addAll(colours);
        return warnings;
    }

    private static String titleFrom(Map<String, String> attributes, String fallback) {
        String title = attributes.getOrDefault("title", "").strip();
        return title.isEmpty() ? fallback : title.length() > 200 ? title.substring(0, 200) : title;
    }

}
