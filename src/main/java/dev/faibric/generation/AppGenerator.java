package dev.faibric.generation;

import dev.faibric.library.TemplateMatch;
import dev.faibric.llm.LlmProvider;
import dev.faibric.llm.LlmProviders;
import dev.faibric.project.NewProject;
import dev.faibric.project.Project;
import dev.faibric.project.ProjectStatus;
import dev.faibric.project.ProjectVersion;
import dev.faibric.project.Projects;
import dev.faibric.realtime.EventType;
import dev.faibric.realtime.ProjectEvents;
import dev.faibric.realtime.UserMessageReceived;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Service;

/**
 * Prompt to deployed app, and change to new version. Classifies locally (no AI call),
 * then runs a {@link FirstBuild} or a {@link ChangeBuild} on a virtual thread; one build
 * at a time per project.
 */
@Service
public class AppGenerator implements SchedulingConfigurer, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AppGenerator.class);

    private static final Pattern FILLER = Pattern.compile(
            "^(?:(?:please|can you|could you|i want|i need|i'd like|build|create|make|generate|design|write|give|me|us|"
                    + "a|an|the|simple|new|small)\\b[ ,]*)+",
            Pattern.CASE_INSENSITIVE);

    private final Projects projects;

    private final ProjectEvents events;

    private final LlmProviders providers;

    private final AppTypeClassifier classifier;

    private final FirstBuild firstBuild;

    private final ChangeBuild changeBuild;

    private final Releaser releaser;

    private final GenerationMetrics metrics;

    private final CodeReuse reuse;

    private final ExecutorService runner = Executors.newVirtualThreadPerTaskExecutor();

    /**
     * Builds running on this node (each also holds its project's lease in the database).
     */
    private final Set<Long> busy = ConcurrentHashMap.newKeySet();

    /**
     * This running service, as the owner of build leases: one per instance, not per JVM,
     * so that two services in one process (as in the tests) are two nodes to each other.
     */
    private final String node = java.util.UUID.randomUUID().toString();

    private final GenerationSettings settings;

    AppGenerator(Projects projects, ProjectEvents events, LlmProviders providers, AppTypeClassifier classifier,
            FirstBuild firstBuild, ChangeBuild changeBuild, Releaser releaser, GenerationMetrics metrics,
            CodeReuse reuse, GenerationSettings settings) {
        this.reuse = reuse;
        this.settings = settings;
        metrics.inFlight(busy);
        this.projects = projects;
        this.events = events;
        this.providers = providers;
        this.classifier = classifier;
        this.firstBuild = firstBuild;
        this.changeBuild = changeBuild;
        this.releaser = releaser;
        this.metrics = metrics;
    }

    /**
     * Creates the project and starts generating it; watch {@code /ws/project/{id}/} for
     * the rest.
     */
    public Project start(String prompt) {
        String appType = classifier.classify(prompt);
        Project project = projects.create(new NewProject(provisionalTitle(prompt), prompt, appType));
        if (!acquire(project.id())) {
            throw new IllegalStateException("a new project is already being built: " + project.id());
        }
        submit(project, "generate", () -> {
            long started = System.nanoTime();
            LlmProvider provider = providers.active();
            events.publish(project.id(), EventType.THINKING, thinking(provider, appType, false),
                    Map.of("appType", appType, "provider", provider.name(), "model", provider.model()));
            TemplateMatch template = provider.writesEdits() ? reuse.template(prompt, appType).orElse(null) : null;
            if (template == null) {
                return firstBuild.run(project, provider, prompt, appType, null, started);
            }
            events.publish(project.id(), EventType.THINKING,
                    "Starting from the code library's '" + template.name() + "' template (relevance "
                            + template.relevance() + "); " + provider.name() + " adapts it with edits.",
                    Map.of("template", template.slug(), "similarity", template.similarity(), "relevance",
                            template.relevance()));
            // The build starts from the template whatever comes of it; recorded before
            // `deployed` is sent.
            reuse.record(project.id(), template.slug(), List.of(), List.of());
            return changeBuild.run(project, CodeReuse.starter(project.id(), template), provider,
                    CodeReuse.adaptation(prompt, template), started);
        });
        return project;
    }

    /** Why a change request was not started. */
    public enum Refusal {

        UNKNOWN_PROJECT, BUSY

    }

    /**
     * Starts a change to an existing app (from the chat or the API); empty when it
     * started.
     */
    public Optional<Refusal> modify(long projectId, String change) {
        Project project = projects.find(projectId).orElse(null);
        if (project == null) {
            return Optional.of(Refusal.UNKNOWN_PROJECT);
        }
        if (!acquire(project.id())) {
            return Optional.of(Refusal.BUSY);
        }
        submit(project, "modify", () -> {
            long started = System.nanoTime();
            LlmProvider provider = providers.active();
            ProjectVersion current = projects.currentVersion(project).orElse(null);
            events.publish(project.id(), EventType.THINKING, thinking(provider, project.appType(), current != null),
                    Map.of("appType", project.appType(), "provider", provider.name(), "model", provider.model()));
            if (current == null || !provider.writesEdits()) {
                // No version to edit yet (a failed first build), or a composer that can
                // only compose
                // anew: build the whole app again with the change in front of the
                // original prompt.
                String prompt = change + "\n\nThe app so far: " + project.prompt();
                return firstBuild.run(project, provider, prompt, project.appType(),
                        current == null ? null : project.title(), started);
            }
            return changeBuild.run(project, current, provider, change, started);
        });
        return Optional.empty();
    }

    @EventListener
    void onUserMessage(UserMessageReceived message) {
        modify(message.projectId(), message.content()).ifPresent(refusal -> {
            if (refusal == Refusal.BUSY) {
                events.publish(message.projectId(), EventType.ERROR,
                        "Still working on the previous request; send your change again when it is deployed.",
                        Map.of("recoverable", true));
            }
        });
    }

    /**
     * One build per project across all nodes: a lease in the project's row, renewed while
     * this node works.
     */
    private boolean acquire(long projectId) {
        if (!busy.add(projectId)) {
            return false;
        }
        if (!projects.acquireBuild(projectId, node, Instant.now().plus(settings.lease()))) {
            busy.remove(projectId);
            return false;
        }
        return true;
    }

    /**
     * Renews this node's leases every {@code lease-renewal}; sweeps for interrupted
     * builds every {@code interrupted-sweep}.
     */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::renewLeases, settings.leaseRenewal());
        Duration firstSweep = settings.interruptedSweep().compareTo(Duration.ofSeconds(5)) < 0
                ? settings.interruptedSweep() : Duration.ofSeconds(5);
        registrar
            .addFixedDelayTask(new FixedDelayTask(this::sweepInterrupted, settings.interruptedSweep(), firstSweep));
    }

    void renewLeases() {
        if (!busy.isEmpty()) {
            projects.renewBuilds(Set.copyOf(busy), node, Instant.now().plus(settings.lease()));
        }
    }

    /**
     * A build does not survive the node running it: projects whose lease ran out (the
     * node was killed or restarted) are told their build was interrupted, and keep their
     * last good version.
     */
    void sweepInterrupted() {
        markInterrupted(Instant.now());
    }

    void markInterrupted(Instant now) {
        Instant staleBefore = now.minus(settings.lease());
        for (Project project : projects.abandonedBuilds(now, staleBefore)) {
            if (!busy.contains(project.id())) {
                releaser.interrupted(project, now, staleBefore);
            }
        }
    }

    private interface Build {

        boolean run();

    }

    private void submit(Project project, String kind, Build build) {
        runner.submit(() -> {
            long started = System.nanoTime();
            boolean ok = false;
            try {
                projects.updateStatus(project.id(), ProjectStatus.GENERATING);
                ok = build.run();
            }
            catch (RuntimeException e) {
                log.error("Build of project {} failed", project.id(), e);
                releaser.fail(project, "Something went wrong on our side while building your app. Please try again.");
            }
            finally {
                projects.releaseBuild(project.id(), node);
                busy.remove(project.id());
                metrics.finished(kind, ok ? "deployed" : "failed", FirstBuild.since(started));
            }
        });
    }

    private static String thinking(LlmProvider provider, String appType, boolean change) {
        String what = change ? "Applying your change to this " + appType : "Building a " + appType;
        if (!provider.writesEdits()) {
            return what + " with the offline template composer (no AI model is configured, so the app is assembled "
                    + "from built-in templates)...";
        }
        return what + " with " + provider.name() + " " + provider.model() + "...";
    }

    static String summary(String prompt) {
        String first = prompt.lines().findFirst().orElse(prompt).strip();
        return first.length() > 200 ? first.substring(0, 197) + "..." : first;
    }

    /**
     * A name to show (and to derive the app's permanent slug from) until the model names
     * the app: the prompt's first words, without the "please build me a" in front.
     */
    static String provisionalTitle(String prompt) {
        String text = FILLER.matcher(prompt.strip().replaceAll("\\s+", " ")).replaceFirst("");
        if (text.isBlank()) {
            text = prompt.strip();
        }
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    @Override
    public void close() {
        runner.close();
    }

}
