package dev.faibric.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.HostConfig;
import dev.faibric.data.AppSchema;
import dev.faibric.datastore.AppDataStore;
import dev.faibric.deploy.Deployer;
import dev.faibric.deploy.Deployment;
import dev.faibric.deploy.DeploymentException;
import dev.faibric.deploy.DeploymentOrchestrator;
import dev.faibric.deploy.Tier;
import dev.faibric.project.AppType;
import dev.faibric.project.NewProject;
import dev.faibric.project.Project;
import dev.faibric.project.Projects;
import dev.faibric.project.SourceFile;
import dev.faibric.support.Api;
import dev.faibric.support.AppVisitor;
import dev.faibric.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Docker tier on the real engine: an app's server code built into an image on the
 * local base, run with its limits, reached through Faibric at {@code /api/} on the app's
 * own host, changed blue/green, kept live when a broken version fails, talking to its
 * data with the data client, and removed with everything it made when its project is
 * deleted.
 */
class DockerTierTests extends IntegrationTest {

    private static final SourceFile PAGE = new SourceFile("App.tsx",
            "export default function App() { return <p>Links</p>; }\n");

    private static final String SCHEMA = """
            {"collections": {"links": {"fields": {"code": {"type": "text", "required": true, "unique": true},
                                                  "target": {"type": "url", "required": true}},
                                       "access": {"list": "admin", "read": "admin", "create": "admin",
                                                  "update": "admin", "delete": "admin"}}}}
            """;

    @Autowired
    private Projects projects;

    @Autowired
    private AppDataStore store;

    @Autowired
    private DeploymentOrchestrator deployer;

    @Autowired
    private DockerEngine engine;

    @BeforeAll
    static void baseImage() {
        DockerBase.ensure();
    }

    private static SourceFile server(int version) {
        return new SourceFile("server/index.ts", """
                import { collection } from 'faibric/data';
                import { greeting } from './greeting';

                const links = collection<{ code: string; target: string }>('links');

                export default async function handle(request: Request): Promise<Response> {
                  const url = new URL(request.url);
                  if (url.pathname === '/api/hello') {
                    return Response.json({ version: %d, text: greeting(), host: url.host });
                  }
                  if (url.pathname === '/api/links' && request.method === 'POST') {
                    const body = await request.json() as { code: string; target: string };
                    return Response.json(await links.create(body), { status: 201 });
                  }
                  const go = url.pathname.match(/^\\/api\\/go\\/([a-z0-9-]+)$/);
                  if (go) {
                    const found = await links.list({ where: { code: go[1] } });
                    if (found.items.length === 0) return new Response('no such link', { status: 404 });
                    return Response.redirect(found.items[0].target, 302);
                  }
                  return new Response('not found', { status: 404 });
                }
                """.formatted(version));
    }

    private static final SourceFile GREETING = new SourceFile("server/greeting.ts",
            "export function greeting(): string { return 'hello from ' + process.version; }\n");

    private Deployment deploy(Project project, int version, List<SourceFile> files) throws DeploymentException {
        List<String> lines = new ArrayList<>();
        Deployment deployment = deployer.deploy(project.id(),
                new Deployer.AppRelease(project.slug(), "Links", version, files), true, lines::add);
        assertThat(lines).anyMatch(line -> line.contains("is healthy"));
        return deployment;
    }

    @Test
    void serverCodeRunsInALimitedContainerBehindTheAppsOwnHostAndSwitchesBlueGreen() throws Exception {
        Project project = projects.create(new NewProject("Links", "a link shortener", AppType.TOOL));
        try {
            blueGreen(project);
        }
        finally {
            deployer.remove(project.slug());
        }
    }

    private void blueGreen(Project project) throws Exception {
        store.apply(project.id(), AppSchema.parse(SCHEMA).orThrow());
        AppVisitor visitor = new AppVisitor(project.slug(), port);

        Deployment first = deploy(project, 1, List.of(PAGE, server(1), GREETING));

        assertThat(first.tier()).isEqualTo(Tier.DOCKER);
        Api.Response hello = visitor.get("/api/hello");
        assertThat(hello.status()).isEqualTo(200);
        assertThat(hello.json().path("version").asInt()).isEqualTo(1);
        assertThat(hello.json().path("text").asString()).startsWith("hello from v2");
        assertThat(hello.json().path("host").asString()).startsWith(project.slug() + ".apps.localhost");
        assertThat(visitor.get("/").body()).contains("<div id=\"root\">");
        assertThat(versions(project)).containsExactly("1");
        assertLimited(engine.inspect(engine.containers(project.slug()).keySet().iterator().next()));

        // The server's data client writes as the app's server; the redirect is the
        // server's.
        Api.Response created = visitor.post("/api/links", Map.of("code", "docs", "target", "https://example.com/d"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("owner").isNull()).isTrue();
        HttpResponse<Void> redirect = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .build()
            .send(HttpRequest.newBuilder(URI.create(visitor.origin() + "/api/go/docs")).build(),
                    HttpResponse.BodyHandlers.discarding());
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("location")).hasValue("https://example.com/d");

        deploy(project, 2, List.of(PAGE, server(2), GREETING));

        assertThat(visitor.get("/api/hello").json().path("version").asInt()).isEqualTo(2);
        assertThat(versions(project)).as("the previous container is gone").containsExactly("2");

        SourceFile broken = new SourceFile("server/index.ts", """
                throw new Error('the configuration is missing');
                export default async function handle(): Promise<Response> { return new Response('never'); }
                """);
        assertThatThrownBy(() -> deployer.deploy(project.id(),
                new Deployer.AppRelease(project.slug(), "Links", 3, List.of(PAGE, broken)), true, line -> {
                }))
            .isInstanceOf(DeploymentException.class)
            .hasMessageContaining("exited while starting")
            .hasMessageContaining("the configuration is missing")
            .hasMessageContaining("the previous version stays live");
        assertThat(visitor.get("/api/hello").json().path("version").asInt()).isEqualTo(2);
        assertThat(versions(project)).containsExactly("2");

        assertThat(HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/projects/" + project.id())).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding())
            .statusCode()).isEqualTo(204);
        assertThat(engine.containers(project.slug())).isEmpty();
        assertThat(engine.images(project.slug())).isEmpty();
        assertThat(visitor.get("/api/hello").status()).isEqualTo(404);
    }

    /** The versions the app's containers run, one entry per container. */
    private List<String> versions(Project project) {
        return engine.containers(project.slug()).values().stream().map(l -> l.get(DockerEngine.VERSION_LABEL)).toList();
    }

    private static void assertLimited(InspectContainerResponse container) {
        HostConfig host = container.getHostConfig();
        assertThat(host.getNetworkMode()).isEqualTo("host");
        assertThat(host.getMemory()).isEqualTo(256L * 1024 * 1024);
        assertThat(host.getNanoCPUs()).isEqualTo(500_000_000L);
        assertThat(host.getPidsLimit()).isEqualTo(128L);
        assertThat(host.getReadonlyRootfs()).isTrue();
        assertThat(host.getSecurityOpts()).contains("no-new-privileges");
        assertThat(host.getCapDrop()).contains(Capability.ALL);
        assertThat(host.getPortBindings() == null || host.getPortBindings().getBindings().isEmpty()).isTrue();
        assertThat(container.getConfig().getUser()).isEqualTo("10001:10001");
        assertThat(container.getConfig().getEnv()).anyMatch(e -> e.startsWith("HOST=127.0.0.1"));
    }

}
