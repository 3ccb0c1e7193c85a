package dev.faibric.generation;

import dev.faibric.deploy.Deployer;
import dev.faibric.library.ComponentCode;
import dev.faibric.llm.LlmException;
import dev.faibric.llm.LlmProvider;
import dev.faibric.llm.LlmRequest;
import dev.faibric.llm.LlmUsage;
import dev.faibric.llm.TokenSink;
import dev.faibric.project.Project;
import dev.faibric.realtime.EventType;
import dev.faibric.realtime.ProjectEvents;
import dev.faibric.tsx.TsxCompiler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A whole app from a prompt (or, with the offline composer, composed anew for a change):
 * one streaming call, files and previews as they complete, validation with one repair,
 * release.
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

    FirstBuild(ProjectEvents events, SystemPrompts prompts, Repairer repairer, Releaser releaser, Deployer deployer,
            TsxCompiler compiler, GenerationSettings settings, GenerationMetrics metrics, CodeReuse reuse) {
        this.reuse = reuse;
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
     * Streams, validates and releases; {@code keepTitle} is set when an existing app is
     * composed anew.
     */
    boolean run(Project project, LlmProvider provider, String prompt, String appType, @Nullable String keepTitle,
            long started) {
        long id = project.id();
        PreviewPublisher previews = new PreviewPublisher(project, deployer, compiler, events, started);
        Answer answer = new Answer(
                () -> new GenerationRun(id, events, settings.progressInterval().toNanos(), previews::update),
                reason -> events.publish(id, EventType.THINKING, reason, Map.of("restarted", true)));
        List<ComponentCode> offered = provider.writesEdits() && keepTitle == null ? reuse.components(prompt)
                : List.of();
        LlmUsage usage;
        try {
            usage = provider.stream(new LlmRequest(prompts.forGeneration(appType, false),
                    CodeReuse.withComponents(prompt, offered), appType, keepTitle), answer);
        }
        catch (LlmException e) {
            releaser.fail(project, failure(e));
            return false;
        }
        GenerationRun run = answer.finish();
        metrics.answered(usage);
        if (previews.firstPreview() != null) {
            metrics.firstPreview(previews.firstPreview());
        }

        String type = AppTypeClassifier.TYPES.contains(run.attributes().get("type")) ? run.attributes().get("type")
                : appType;
        Repairer.Outcome checked = repairer.validate(project, provider, type, run.files(), run.problems());
        metrics.answered(checked.usage());
        if (!checked.problems().isEmpty()) {
            events.publish(id, EventType.VALIDATION, "The app still has " + checked.problems().size() + " problem(s)",
                    Map.of("errors", checked.problems(), "repairing", false));
            releaser.fail(project, "The generated app did not pass validation, so it was not deployed: "
                    + String.join("; ", checked.problems().subList(0, Math.min(3, checked.problems().size()))) + ".");
            return false;
        }
        String title = keepTitle != null ? keepTitle : titleFrom(run.attributes(), project.title());
        boolean backend = Boolean.parseBoolean(run.attributes().getOrDefault("requires_backend", "false"));
        if (keepTitle == null) {
            // Recorded before the release, so whoever sees `deployed` also sees what the
            // app was built from.
            reuse.record(id, run.attributes().get("template"), offered, checked.files());
        }
        return releaser.release(project,
                new Releaser.Build(type, title, backend, checked.files(), run.sections(),
                        new ArrayList<>(run.problems()),
                        keepTitle == null ? "Generated from the prompt" : AppGenerator.summary(prompt),
                        usage.plus(checked.usage()), started));
    }

    static String failure(LlmException e) {
        return switch (e.kind()) {
            case CONFIGURATION -> "The AI provider is not configured correctly: " + e.getMessage();
            case INTERRUPTED -> "The generation was cancelled.";
            default -> "The AI provider could not build the app: " + e.getMessage();
        };
    }

    private static String titleFrom(Map<String, String> attributes, String fallback) {
        String title = attributes.getOrDefault("title", "").strip();
        return title.isEmpty() ? fallback : title.length() > 200 ? title.substring(0, 200) : title;
    }

    /**
     * The answer being parsed; when the provider starts again (a fallback took over in
     * mid-answer), parsing starts again from nothing, so two providers never write into
     * one version.
     */
    static final class Answer implements TokenSink {

        private final java.util.function.Supplier<GenerationRun> fresh;

        private final java.util.function.Consumer<String> onRestart;

        private GenerationRun run;

        private AppStreamParser parser;

        Answer(java.util.function.Supplier<GenerationRun> fresh, java.util.function.Consumer<String> onRestart) {
            this.fresh = fresh;
            this.onRestart = onRestart;
            this.run = fresh.get();
            this.parser = new AppStreamParser(run);
        }

        @Override
        public void accept(String chunk) {
            parser.accept(chunk);
        }

        @Override
        public void restart(String reason) {
            onRestart.accept(reason);
            run = fresh.get();
            parser = new AppStreamParser(run);
        }

        GenerationRun finish() {
            parser.finish();
            return run;
        }

    }

    static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

}
