package dev.faibric.generation;

import dev.faibric.deploy.Deployer;
import dev.faibric.deploy.Deployment;
import dev.faibric.deploy.DeploymentException;
import dev.faibric.llm.LlmException;
import dev.faibric.llm.LlmProvider;
import dev.faibric.llm.LlmProviders;
import dev.faibric.llm.LlmRequest;
import dev.faibric.project.NewProject;
import dev.faibric.project.Project;
import dev.faibric.project.ProjectStatus;
import dev.faibric.project.ProjectVersion;
import dev.faibric.project.Projects;
import dev.faibric.project.SourceFile;
import dev.faibric.realtime.EventType;
import dev.faibric.realtime.ProjectEvents;
import dev.faibric.realtime.UserMessageReceived;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Prompt to deployed app: classify locally, make one streaming call, turn the stream into files as
 * they complete, validate, store an immutable version, deploy it. Runs on a virtual thread per
 * generation; one change at a time per project.
 */
@Service
public class AppGenerator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AppGenerator.class);
    private static final Pattern FILLER = Pattern.compile(
            "^(?:(?:please|can you|could you|i want|i need|i'd like|build|create|make|generate|design|write|give|me|us|"
                    + "a|an|the|simple|new|small)\\b[ ,]*)+", Pattern.CASE_INSENSITIVE);

    private final Projects projects;
    private final ProjectEvents events;
    private final LlmProviders providers;
    private final AppTypeClassifier classifier;
    private final SystemPrompts prompts;
    private final CodeValidator validator;
    private final ResultAssembler results;
    private final Deployer deployer;
    private final GenerationSettings settings;
    private final ExecutorService runner = Executors.newVirtualThreadPerTaskExecutor();
    private final Set<Long> busy = ConcurrentHashMap.newKeySet();

    AppGenerator(Projects projects, ProjectEvents events, LlmProviders providers, AppTypeClassifier classifier,
                 SystemPrompts prompts, CodeValidator validator, ResultAssembler results, Deployer deployer,
                 GenerationSettings settings) {
        this.projects = projects;
        this.events = events;
        this.providers = providers;
        this.classifier = classifier;
        this.prompts = prompts;
        this.validator = validator;
        this.results = results;
        this.deployer = deployer;
        this.settings = settings;
    }

    /** Creates the project and starts generating it; watch {@code /ws/project/{id}/} for the rest. */
    public Project start(String prompt) {
        String appType = classifier.classify(prompt);
        Project project = projects.create(new NewProject(provisionalTitle(prompt), prompt, appType));
        busy.add(project.id());
        runner.submit(() -> run(project, prompt, appType, null));
        return project;
    }

    /**
     * A generation does not survive a restart of this (single) node: projects it left generating
     * are told so, and keep their last good version if they have one.
     */
    @EventListener(ApplicationReadyEvent.class)
    void markInterrupted() {
        for (Project project : projects.generating()) {
            fail(project, "This generation was interrupted when the service restarted; send your request again.");
        }
    }

    @EventListener
    void onUserMessage(UserMessageReceived message) {
        Project project = projects.find(message.projectId()).orElse(null);
        if (project == null) {
            return;
        }
        if (!busy.add(project.id())) {
            events.publish(project.id(), EventType.ERROR,
                    "Still working on the previous request; send your change again when it is deployed.",
                    Map.of("recoverable", true));
            return;
        }
        // The change first, so what it asks for (a colour, "dark") outweighs the original wording.
        String request = message.content() + "\n\nThe app so far: " + project.prompt();
        runner.submit(() -> run(project, request, project.appType(), project.title()));
    }

    private void run(Project project, String prompt, String appType, @Nullable String keepTitle) {
        long id = project.id();
        try {
            projects.updateStatus(id, ProjectStatus.GENERATING);
            generate(project, prompt, appType, keepTitle);
        } catch (RuntimeException e) {
            log.error("Generation of project {} failed", id, e);
            fail(project, "Something went wrong on our side while building your app. Please try again.");
        } finally {
            busy.remove(id);
        }
    }

    private void generate(Project project, String prompt, String appType, @Nullable String keepTitle) {
        long id = project.id();
        LlmProvider provider = providers.active();
        events.publish(id, EventType.THINKING, thinking(provider, appType, keepTitle != null),
                Map.of("appType", appType, "provider", provider.name(), "model", provider.model()));

        GenerationRun run = new GenerationRun(id, events, settings.progressInterval().toNanos());
        AppStreamParser parser = new AppStreamParser(run);
        try {
            provider.stream(new LlmRequest(prompts.forGeneration(appType), prompt, appType, keepTitle), parser::accept);
        } catch (LlmException e) {
            parser.finish();
            fail(project, "The AI provider stopped before the app was finished: " + e.getMessage());
            return;
        }
        parser.finish();

        List<SourceFile> files = run.files();
        List<String> problems = validator.problems(files);
        if (!problems.isEmpty()) {
            problems.addAll(0, run.problems());
            events.publish(id, EventType.VALIDATION, "The generated code has " + problems.size() + " problem(s)",
                    Map.of("errors", problems));
            fail(project, "The generated app did not pass validation, so nothing was deployed"
                    + (project.currentVersion() == null ? "." : "; the previous version stays live."));
            return;
        }

        String type = AppTypeClassifier.TYPES.contains(run.attributes().get("type")) ? run.attributes().get("type") : appType;
        String title = keepTitle != null ? keepTitle : titleFrom(run.attributes(), project.title());
        boolean requiresBackend = Boolean.parseBoolean(run.attributes().getOrDefault("requires_backend", "false"));
        List<String> warnings = new ArrayList<>(run.problems());
        Map<String, Object> result = results.assemble(type, title, requiresBackend, files, run.sections(), warnings);
        projects.describe(id, title, type, requiresBackend);
        ProjectVersion version = projects.addVersion(id, files, result, keepTitle == null ? "Generated from the prompt" : summary(prompt));
        events.publish(id, EventType.COMPLETE, result, Map.of("version", version.number(), "warnings", warnings));

        Deployment deployment;
        try {
            deployment = deployer.deploy(new Deployer.AppRelease(project.slug(), title, version.number(), files));
        } catch (DeploymentException e) {
            events.publish(id, EventType.VALIDATION, "Deployment failed", Map.of("errors", e.problems()));
            fail(project, "Version " + version.number() + " could not be deployed: " + e.getMessage());
            return;
        }
        projects.markDeployed(id, deployment.url());
        events.publish(id, EventType.DEPLOYED, "Version " + version.number() + " is live",
                Map.of("url", deployment.url(), "path", "/apps/" + project.slug() + "/", "version", version.number(),
                        "deployMillis", deployment.took().toMillis()));
    }

    private void fail(Project project, String message) {
        Project now = projects.find(project.id()).orElse(project);
        projects.updateStatus(project.id(), now.currentVersion() == null ? ProjectStatus.FAILED : ProjectStatus.READY);
        events.publish(project.id(), EventType.ERROR, message, Map.of("recoverable", now.currentVersion() != null));
    }

    private static String thinking(LlmProvider provider, String appType, boolean change) {
        String what = change ? "Applying your change to this " + appType : "Building a " + appType;
        if (provider.name().equals("offline")) {
            return what + " with the offline template composer (no AI model is configured, so the app is assembled "
                    + "from built-in templates)...";
        }
        return what + " with " + provider.name() + " " + provider.model() + "...";
    }

    private static String titleFrom(Map<String, String> attributes, String fallback) {
        String title = attributes.getOrDefault("title", "").strip();
        return title.isEmpty() ? fallback : title.length() > 200 ? title.substring(0, 200) : title;
    }

    private static String summary(String prompt) {
        String first = prompt.lines().findFirst().orElse(prompt).strip();
        return first.length() > 200 ? first.substring(0, 197) + "..." : first;
    }

    /**
     * A name to show (and to derive the app's permanent slug from) until the model names the app:
     * the prompt's first words, without the "please build me a" in front.
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
