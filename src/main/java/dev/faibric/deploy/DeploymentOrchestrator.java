package dev.faibric.deploy;

import dev.faibric.hosting.AppUrls;
import dev.faibric.hosting.ServerRoutes;
import dev.faibric.project.SourceFile;
import dev.faibric.secrets.ProjectSecrets;
import dev.faibric.servercode.ServerCode;
import dev.faibric.servercode.ServerKeys;
import dev.faibric.tsx.CompileException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The seed's deployment orchestrator: decides each version's tier under
 * {@code DEPLOYMENT_STRATEGY} and deploys it there. Pages are always files, switched
 * atomically; an app that keeps data gets the data tier; an app with server code has it
 * built and started on the Docker or Kubernetes tier first, and only when it is healthy
 * do its pages and its {@code /api/} switch to the new version, after which what served
 * the earlier one is retired. A version that drops its server code stops the old one.
 */
@Component
public class DeploymentOrchestrator {

    private static final Logger log = LoggerFactory.getLogger(DeploymentOrchestrator.class);

    private final Deployer files;

    private final Map<Tier, ServerTier> tiers;

    private final ServerRoutes routes;

    private final ServerCode serverCode;

    private final ServerKeys keys;

    private final AppUrls urls;

    private final DeploymentSettings settings;

    private final ProjectSecrets secrets;

    DeploymentOrchestrator(Deployer files, List<ServerTier> tiers, ServerRoutes routes, ServerCode serverCode,
            ServerKeys keys, AppUrls urls, DeploymentSettings settings, ProjectSecrets secrets) {
        this.files = files;
        this.tiers = tiers.stream().collect(Collectors.toMap(ServerTier::tier, Function.identity()));
        this.routes = routes;
        this.serverCode = serverCode;
        this.keys = keys;
        this.urls = urls;
        this.settings = settings;
        this.secrets = secrets;
    }

    /** The tier a version with these files goes to. */
    public Tier tierOf(List<SourceFile> files, boolean keepsData) {
        DeploymentStrategy strategy = settings.strategy();
        Tier server = strategy.serverTier();
        if (server != null && ServerCode.present(files)) {
            return server;
        }
        return keepsData && strategy.dataTier() ? Tier.DATA : Tier.STATIC;
    }

    /**
     * Deploys a version on its tier; the lines of {@code deployLog} say what happens.
     * @throws DeploymentException when nothing was switched: the live version stays
     */
    public Deployment deploy(long projectId, Deployer.AppRelease release, boolean keepsData, DeployLog deployLog)
            throws DeploymentException {
        long started = System.nanoTime();
        Tier tier = tierOf(release.files(), keepsData);
        ServerDeployment server = null;
        if (tier == Tier.DOCKER || tier == Tier.KUBERNETES) {
            ServerTier runner = tiers.get(tier);
            if (runner == null) {
                throw new DeploymentException(List.of("this Faibric has no " + tier.wire() + " tier"));
            }
            server = runner.deploy(serverRelease(projectId, release), deployLog);
        }
        else if (ServerCode.present(release.files())) {
            deployLog.line("DEPLOYMENT_STRATEGY is static, so this app's server code does not run");
        }
        List<SourceFile> pages = release.files().stream().filter(f -> !f.isServer()).toList();
        Deployment deployed = files.deploy(new Deployer.AppRelease(release.slug(), release.title(), release.version(),
                pages, release.variables()));
        switchServer(projectId, release, server);
        return deployed.on(tier, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Everything the strategy's server tier runs or keeps for the app, and its route (a
     * Faibric without that tier's engine or cluster logs why and goes on).
     */
    public void remove(String slug) {
        routes.remove(slug);
        Tier server = settings.strategy().serverTier();
        ServerTier tier = server == null ? null : tiers.get(server);
        if (tier == null) {
            return;
        }
        try {
            tier.remove(slug);
        }
        catch (RuntimeException e) {
            log.warn("The {} tier could not remove {}: {}", tier.tier().wire(), slug, e.getMessage());
        }
    }

    /**
     * Starts the live version's server code again, so that it reads the project's secrets
     * as they are now; nothing to do for an app without server code.
     */
    public void restartServer(long projectId, String slug, String title, int version, List<SourceFile> files,
            DeployLog deployLog) throws DeploymentException {
        ServerRoutes.Route live = routes.find(slug).orElse(null);
        if (live == null || live.version() != version) {
            return;
        }
        ServerTier tier = tiers.get(Tier.valueOf(live.tier().toUpperCase(Locale.ROOT)));
        if (tier == null) {
            return;
        }
        Deployer.AppRelease release = new Deployer.AppRelease(slug, title, version, files);
        ServerDeployment server = tier.deploy(serverRelease(projectId, release), deployLog);
        switchServer(projectId, release, server);
    }

    private void switchServer(long projectId, Deployer.AppRelease release, @Nullable ServerDeployment server) {
        if (server == null) {
            routes.find(release.slug()).ifPresent(old -> {
                // This version has no server code: the earlier one's stops.
                routes.remove(release.slug());
                ServerTier tier = tiers.get(Tier.valueOf(old.tier().toUpperCase(Locale.ROOT)));
                if (tier != null) {
                    tier.remove(release.slug());
                }
            });
            return;
        }
        routes.switchTo(new ServerRoutes.Route(projectId, release.slug(), release.version(), server.tier().wire(),
                server.upstream(), null));
        tiers.get(server.tier()).retire(server);
    }

    private ServerRelease serverRelease(long projectId, Deployer.AppRelease release) throws DeploymentException {
        Map<String, byte[]> bundle;
        try {
            bundle = serverCode.bundle(release.files());
        }
        catch (CompileException e) {
            throw new DeploymentException(List.of(e.getMessage()));
        }
        Map<String, String> environment = Map.of("FAIBRIC_DATA_URL", "http://127.0.0.1:" + urls.port(),
                "FAIBRIC_APP_HOST", urls.host(release.slug()));
        Map<String, String> secretValues = new HashMap<>(secrets.values(projectId));
        secretValues.put("FAIBRIC_SERVER_KEY", keys.key(projectId));
        return new ServerRelease(projectId, release.slug(), release.version(), bundle, environment, secretValues);
    }

}
