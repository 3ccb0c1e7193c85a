package dev.faibric.generation;

import dev.faibric.classification.AppTypeClassifier;
import dev.faibric.composer.AppTitles;
import dev.faibric.generation.prompt.ModelRequests;
import dev.faibric.library.TemplateMatch;
import dev.faibric.limits.BuildAdmission;
import dev.faibric.limits.BuildTicket;
import dev.faibric.limits.LimitExceeded;
import dev.faibric.llm.LlmProvider;
import dev.faibric.llm.LlmProviders;
import dev.faibric.project.AppType;
import dev.faibric.project.NewProject;
import dev.faibric.project.Project;
import dev.faibric.project.ProjectVersion;
import dev.faibric.project.ProjectVersions;
import dev.faibric.project.Projects;
import dev.faibric.realtime.EventType;
import dev.faibric.realtime.ProjectEvents;
import dev.faibric.realtime.UserMessageReceived;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Prompt to deployed app, and change to new version. Classifies locally (no AI call),
 * then runs a {@link FirstBuild} or a {@link ChangeBuild}; one build at a time per
 * project ({@link BuildRunner}).
 */
@Service
public class AppGenerator {

    private static final Pattern FILLER = Pattern.compile(
            "^(?:(?:please|can you|could you|i want|i need|i'd like|build|create|make|generate|design|write|give|me|us|"
                    + "a|an|the|simple|new|small)\\b[ ,]*)+",
            Pattern.CASE_INSENSITIVE);

    private final Projects projects;

    private final ProjectVersions versions;

    private final ProjectEvents events;

    private final LlmProviders providers;

    private final AppTypeClassifier classifier;

    private final FirstBuild firstBuild;

    private final ChangeBuild changeBuild;

    private final OfflineChangeBuild offlineChange;

    private final CodeReuse reuse;

    private final BuildRunner runner;

    private final BuildAdmission admission;

    AppGenerator(Projects projects, ProjectVersions versions, ProjectEvents events, LlmProviders providers,
            AppTypeClassifier classifier, FirstBuild firstBuild, ChangeBuild changeBuild,
            OfflineChangeBuild offlineChange, CodeReuse reuse, BuildRunner runner, BuildAdmission admission) {
        this.offlineChange = offlineChange;
        this.projects = projects;
        this.versions = versions;
        this.events = events;
        this.providers = providers;
        this.classifier = classifier;
        this.firstBuild = firstBuild;
        this.changeBuild = changeBuild;
        this.reuse = reuse;
        this.runner = runner;
        this.admission = admission;
    }

    /**
     * Creates the project and starts generating it (or puts it in line); watch
     * {@code /ws/project/{id}/} for the rest.
     * @throws LimitExceeded when the owner may not start a build now; no project is made
     */
    public Project start(String prompt, long ownerId) {
        BuildTicket ticket = admission.admit(ownerId);
        Project project;
        try {
            AppType appType = classifier.classify(prompt);
            project = projects.create(new NewProject(provisionalTitle(prompt, appType), prompt, appType, ownerId));
            if (!runner.claim(project.id())) {
                throw new IllegalStateException("a new project is already being built: " + project.id());
            }
        }
        catch (RuntimeException e) {
            ticket.finished();
            throw e;
        }
        AppType appType = project.appType();
        runner.run(project, "generate", ticket, () -> {
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
                    ModelRequests.adaptation(prompt, template.name()), started);
        });
        return project;
    }

    /** Why a change request was not started. */
    public enum Refusal {

        UNKNOWN_PROJECT, BUSY

    }

    /**
     * Starts a change to an existing app (from the chat or the API), or puts it in line;
     * empty when it did.
     * @throws LimitExceeded when the owner may not start a build now
     */
    public Optional<Refusal> modify(long projectId, String change) {
        Project project = projects.find(projectId).orElse(null);
        if (project == null) {
            return Optional.of(Refusal.UNKNOWN_PROJECT);
        }
        if (!runner.claim(project.id())) {
            return Optional.of(Refusal.BUSY);
        }
        BuildTicket ticket;
        try {
            ticket = admission.admit(project.ownerId());
        }
        catch (RuntimeException e) {
            runner.unclaim(project.id());
            throw e;
        }
        runner.run(project, "modify", ticket, () -> {
            long started = System.nanoTime();
            LlmProvider provider = providers.active();
            ProjectVersion current = versions.current(project).orElse(null);
            events.publish(project.id(), EventType.THINKING, thinking(provider, project.appType(), current != null),
                    Map.of("appType", project.appType(), "provider", provider.name(), "model", provider.model()));
            if (current == null) {
                // No version to edit yet (a failed first build): build the whole app
                // again with the change in front of the original prompt.
                String prompt = change + "\n\nThe app so far: " + project.prompt();
                return firstBuild.run(project, provider, prompt, project.appType(), null, started);
            }
            if (!provider.writesEdits()) {
                return offlineChange.run(project, provider, change, started);
            }
            return changeBuild.run(project, current, provider, change, started);
        });
        return Optional.empty();
    }

    @EventListener
    void onUserMessage(UserMessageReceived message) {
        try {
            modify(message.projectId(), message.content()).ifPresent(refusal -> {
                if (refusal == Refusal.BUSY) {
                    events.publish(message.projectId(), EventType.ERROR,
                            "Still working on the previous request; send your change again when it is deployed.",
                            Map.of("recoverable", true));
                }
            });
        }
        catch (LimitExceeded e) {
            events.publish(message.projectId(), EventType.ERROR, e.detail(),
                    Map.of("recoverable", true, "retryAfter", e.retryAfter().toSeconds()));
        }
    }

    private static String thinking(LlmProvider provider, AppType appType, boolean change) {
        String what = change ? "Applying your change to this " + appType : "Building a " + appType;
        if (!provider.writesEdits()) {
            return what + " with the offline template composer (no AI model is configured, so the app is assembled "
                    + "from a built-in template when one fits, otherwise from the library's sections)...";
        }
        return what + " with " + provider.name() + " " + provider.model() + "...";
    }

    /**
     * A name to show (and to derive the app's permanent slug from) until the model names
     * the app: the request's subject as the composer names apps ("Stock Reports" for
     * "please implement a website for generating stock reports"), or else its first words
     * without the "please build me a" in front.
     */
    static String provisionalTitle(String prompt, AppType appType) {
        return AppTitles.from(prompt, firstWords(prompt), appType == AppType.WEBSITE);
    }

    private static String firstWords(String prompt) {
        String text = FILLER.matcher(prompt.strip().replaceAll("\\s+", " ")).replaceFirst("");
        if (text.isBlank()) {
            text = prompt.strip();
        }
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

}
