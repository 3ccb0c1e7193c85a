package dev.faibric.generation;

import dev.faibric.data.AppSchema;
import dev.faibric.data.SchemaChange;
import dev.faibric.datastore.AppDataException;
import dev.faibric.datastore.AppDataStore;
import dev.faibric.deploy.Deployer;
import dev.faibric.deploy.DeploymentOrchestrator;
import dev.faibric.deploy.Deployment;
import dev.faibric.deploy.DeploymentException;
import dev.faibric.deploy.DeploymentSettings;
import dev.faibric.deploy.Tier;
import dev.faibric.hosting.AppUrls;
import dev.faibric.llm.LlmException;
import dev.faibric.llm.LlmUsage;
import dev.faibric.project.AppType;
import dev.faibric.project.BuildLeases;
import dev.faibric.project.GenerationCost;
import dev.faibric.project.Project;
import dev.faibric.project.ProjectStatus;
import dev.faibric.project.ProjectVersion;
import dev.faibric.project.ProjectVersions;
import dev.faibric.project.Projects;
import dev.faibric.project.PublicVariables;
import dev.faibric.project.SourceFile;
import dev.faibric.realtime.EventType;
import dev.faibric.servercode.ServerCode;
import dev.faibric.realtime.ProjectEvents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The end of every build: make the app's storage follow its data model (for an app that
 * keeps data, when the deployment strategy gives it the data tier; the chat hears what
 * changed), store the validated files as a new immutable version with what it cost, send
 * {@code complete} (the seed's JSON result), deploy, send {@code deployed}. And the other
 * end: a build that fails leaves the last good version live and says so.
 */
@Component
class Releaser {

    private final Projects projects;

    private final ProjectVersions versions;

    private final BuildLeases leases;

    private final ProjectEvents events;

    private final ResultAssembler results;

    private final DeploymentOrchestrator deployer;

    private final AppUrls urls;

    private final PublicVariables variables;

    private final AppDataStore data;

    private final DeploymentSettings deployment;

    Releaser(Projects projects, ProjectVersions versions, BuildLeases leases, ProjectEvents events,
            ResultAssembler results, DeploymentOrchestrator deployer, AppUrls urls, PublicVariables variables,
            AppDataStore data, DeploymentSettings deployment) {
        this.data = data;
        this.deployment = deployment;
        this.urls = urls;
        this.variables = variables;
        this.projects = projects;
        this.versions = versions;
        this.leases = leases;
        this.events = events;
        this.results = results;
        this.deployer = deployer;
    }

    /**
     * What a finished build produced: whether the app keeps data, and its data model
     * (null for an app without one).
     */
    record Build(AppType appType, String title, boolean requiresBackend, @Nullable AppSchema schema,
            List<SourceFile> files, Map<String, String> sections, List<String> warnings, String summary, LlmUsage usage,
            long startedNanos) {
    }

    /**
     * Why a build was not deployed, in the chat: what did not pass and its first
     * problems.
     */
    static String notDeployed(String what, List<String> problems) {
        return what + " did not pass validation, so it was not deployed: "
                + String.join("; ", problems.subList(0, Math.min(3, problems.size()))) + ".";
    }

    /**
     * A version's summary when the request itself is the best one: its first line, at
     * most 200 characters.
     */
    static String summaryOf(String request) {
        String first = request.lines().findFirst().orElse(request).strip();
        return first.length() > 200 ? first.substring(0, 197) + "..." : first;
    }

    boolean release(Project project, Build build) {
        return released(project, build, null).isPresent();
    }

    /**
     * Releases a build, one that restores version {@code restoredFrom} when that is not
     * null: the new version's number once it is live, empty when the build failed.
     */
    OptionalInt released(Project project, Build build, @Nullable Integer restoredFrom) {
        long id = project.id();
        List<String> warnings = new ArrayList<>(build.warnings());
        if (!applyDataModel(project, build.schema(), warnings)) {
            return OptionalInt.empty();
        }
        // An app with server code has a backend of its own, whether or not it keeps data.
        boolean backend = build.requiresBackend() || ServerCode.present(build.files());
        Map<String, Object> result = results.assemble(build.appType(), build.title(), backend, build.files(),
                build.sections(), warnings);
        projects.describe(id, build.title(), build.appType(), backend);
        long tookMillis = (System.nanoTime() - build.startedNanos()) / 1_000_000;
        LlmUsage usage = build.usage();
        GenerationCost cost = new GenerationCost(usage.calls(), usage.inputTokens(), usage.outputTokens(),
                usage.timeToFirstToken().toMillis(), tookMillis, usage.duration().toMillis(), usage.provider(),
                usage.model());
        ProjectVersion version = versions.add(id, build.files(), result, build.summary(), cost, restoredFrom);
        events.publish(id, EventType.COMPLETE, result,
                Map.of("version", version.number(), "warnings", warnings, "usage", cost));

        Deployment deployment;
        try {
            deployment = deployer.deploy(id,
                    new Deployer.AppRelease(project.slug(), build.title(), version.number(), build.files(),
                            variables.of(id)),
                    build.schema() != null, line -> events.publish(id, EventType.PROGRESS, line, Map.of()));
        }
        catch (DeploymentException e) {
            events.publish(id, EventType.VALIDATION, "Deployment failed", Map.of("errors", e.problems()));
            fail(project, "Version " + version.number() + " could not be deployed: " + e.getMessage());
            return OptionalInt.empty();
        }
        versions.recordDeployment(id, version.number(), deployment.tier().wire(), deployment.took().toMillis(),
                deployment.url());
        projects.markDeployed(id, version.number(), deployment.url());
        events.publish(id, EventType.DEPLOYED, "Version " + version.number() + " is live" + where(deployment.tier()),
                Map.of("url", deployment.url(), "path", urls.pathUrl(project.slug()), "version", version.number(),
                        "deployMillis", deployment.took().toMillis(), "tier", deployment.tier().wire()));
        return OptionalInt.of(version.number());
    }

    /**
     * Before anything is stored or deployed, the app's storage follows its data model: in
     * place, keeping what the model no longer has hidden. What changed is said in the
     * chat; storage that cannot follow fails the build (the previous version stays live).
     * With the static strategy nothing is applied, and the version says its data features
     * are off. False when the build failed.
     */
    private boolean applyDataModel(Project project, @Nullable AppSchema schema, List<String> warnings) {
        if (schema == null) {
            return true;
        }
        if (!deployment.strategy().dataTier()) {
            String warning = "This app keeps shared data, but DEPLOYMENT_STRATEGY is " + deployment.strategy().wire()
                    + ", so it is deployed as a static app with its data features " + "(sign-in and shared data) off.";
            warnings.add(warning);
            events.publish(project.id(), EventType.MESSAGE, warning, Map.of("dataTier", false));
            return true;
        }
        try {
            SchemaChange change = data.apply(project.id(), schema);
            if (!change.isEmpty()) {
                events.publish(project.id(), EventType.MESSAGE, "Data: " + change.summary(),
                        Map.of("dataTier", true, "hidden", hidden(change)));
            }
            return true;
        }
        catch (AppDataException e) {
            fail(project, "The app's data could not follow the new data model, so this version was not deployed: "
                    + e.getMessage());
            return false;
        }
    }

    /** How the chat says where a version runs, after "is live". */
    static String where(Tier tier) {
        return switch (tier) {
            case STATIC -> "";
            case DATA -> ", with its data and sign-in";
            case DOCKER -> ", its server code in a container";
            case KUBERNETES -> ", its server code on Kubernetes";
        };
    }

    private static List<String> hidden(SchemaChange change) {
        List<String> hidden = new ArrayList<>(change.hiddenCollections());
        hidden.addAll(change.hiddenFields());
        return hidden;
    }

    /**
     * Reports a failed build; the project keeps (and stays ready with) its last good
     * version, if any.
     */
    void fail(Project project, String message) {
        boolean hasVersion = live(project);
        projects.updateStatus(project.id(), hasVersion ? ProjectStatus.READY : ProjectStatus.FAILED);
        report(project.id(), message, hasVersion);
    }

    /** Reports a build whose model call failed, in words for the user. */
    void fail(Project project, LlmException failure) {
        fail(project, switch (failure.kind()) {
            case CONFIGURATION -> "The AI provider is not configured correctly: " + failure.getMessage();
            case INTERRUPTED -> "The generation was cancelled.";
            default -> "The AI provider could not build the app: " + failure.getMessage();
        });
    }

    /**
     * Reports a build its node never finished (the node died), once: of all the nodes
     * that find it abandoned, the one whose {@link BuildLeases#interrupt} succeeds says
     * so.
     */
    void interrupted(Project project, Instant now, Instant staleBefore) {
        if (leases.interrupt(project.id(), now, staleBefore)) {
            report(project.id(),
                    "This generation was interrupted (the server running it stopped); send your request again.",
                    live(project));
        }
    }

    private boolean live(Project project) {
        return projects.find(project.id()).orElse(project).currentVersion() != null;
    }

    private void report(long id, String message, boolean hasVersion) {
        events.publish(id, EventType.ERROR, message + (hasVersion ? " The previous version stays live." : ""),
                Map.of("recoverable", hasVersion, "ended", true));
    }

}
