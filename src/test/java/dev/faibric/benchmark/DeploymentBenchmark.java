package dev.faibric.benchmark;

import dev.faibric.container.DockerBase;
import dev.faibric.deploy.Deployer;
import dev.faibric.deploy.Deployment;
import dev.faibric.deploy.DeploymentOrchestrator;
import dev.faibric.project.AppType;
import dev.faibric.project.NewProject;
import dev.faibric.project.Project;
import dev.faibric.project.Projects;
import dev.faibric.project.SourceFile;
import dev.faibric.support.AppVisitor;
import dev.faibric.support.Nodes;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How long a deploy takes on each tier, from the request to deploy a version to the
 * moment it is live: on the Docker tier (image built on the cached base, container
 * started, healthy, traffic switched, the previous container retired), and on the static
 * tier (five modules transpiled, written and switched). Prints p50 and p99; asserts
 * nothing about time. Needs a Docker engine. Run with
 * {@code ./mvnw -DskipFrontend test -Pbenchmark -Dtest=DeploymentBenchmark}.
 */
@Tag("benchmark")
class DeploymentBenchmark {

    static final int DOCKER_DEPLOYS = Integer.getInteger("deploy.docker", 20);

    static final int STATIC_DEPLOYS = Integer.getInteger("deploy.static", 300);

    private static final SourceFile PAGE = new SourceFile("App.tsx", """
            import { Header } from './components/Header';
            import { Footer } from './components/Footer';
            import { List } from './components/List';
            import { format } from './lib/format';
            export default function App() {
              return <main><Header /><List items={[format(1), format(2)]} /><Footer /></main>;
            }
            """);

    private static final List<SourceFile> PARTS = List.of(
            new SourceFile("components/Header.tsx", "export function Header() { return <h1>Shortener</h1>; }\n"),
            new SourceFile("components/Footer.tsx", "export function Footer() { return <footer>2026</footer>; }\n"),
            new SourceFile("components/List.tsx", """
                    export function List({ items }: { items: string[] }) {
                      return <ul>{items.map((i) => <li key={i}>{i}</li>)}</ul>;
                    }
                    """), new SourceFile("lib/format.ts", "export const format = (n: number) => `#${n}`;\n"));

    private static SourceFile server(int version) {
        return new SourceFile("server/index.ts", """
                export default async function handle(request: Request): Promise<Response> {
                  return Response.json({ version: %d, path: new URL(request.url).pathname });
                }
                """.formatted(version));
    }

    @Test
    void requestToLiveOnTheDockerAndStaticTiers() throws Exception {
        DockerBase.ensure();
        String apps = Files.createTempDirectory("faibric-deploy-bench-").toString();
        try (ConfigurableApplicationContext node = Nodes.start(List.of(
                "--spring.datasource.url=jdbc:h2:mem:deploy-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--faibric.hosting.apps-volume=" + apps, "--logging.level.dev.faibric=WARN"))) {
            DeploymentOrchestrator deployer = node.getBean(DeploymentOrchestrator.class);
            Projects projects = node.getBean(Projects.class);
            int port = Nodes.port(node);

            Project api = projects.create(new NewProject("Shortener", "a link shortener", AppType.TOOL));
            AppVisitor visitor = new AppVisitor(api.slug(), port);
            long[] docker = new long[DOCKER_DEPLOYS];
            for (int v = 0; v <= DOCKER_DEPLOYS; v++) {
                List<SourceFile> files = new ArrayList<>(PARTS);
                files.add(PAGE);
                files.add(server(v + 1));
                Deployment live = deployer.deploy(api.id(),
                        new Deployer.AppRelease(api.slug(), "Shortener", v + 1, files), false, line -> {
                        });
                if (visitor.get("/api/ping").json().path("version").asInt() != v + 1) {
                    throw new AssertionError("version " + (v + 1) + " is not the one answering");
                }
                if (v > 0) {
                    docker[v - 1] = live.took().toNanos() / 1_000; // the first build
                                                                   // warms the engine's
                                                                   // cache
                }
            }
            deployer.remove(api.slug());

            Project site = projects.create(new NewProject("Site", "a site", AppType.WEBSITE));
            long[] statics = new long[STATIC_DEPLOYS];
            for (int v = 0; v < STATIC_DEPLOYS + 20; v++) {
                List<SourceFile> files = new ArrayList<>(PARTS);
                files.add(new SourceFile("App.tsx", PAGE.content() + "// version " + v + "\n"));
                Deployment live = deployer.deploy(site.id(), new Deployer.AppRelease(site.slug(), "Site", v + 1, files),
                        false, line -> {
                        });
                if (v >= 20) {
                    statics[v - 20] = live.took().toNanos() / 1_000;
                }
            }
            Arrays.sort(docker);
            Arrays.sort(statics);
            System.out.printf(Locale.ROOT, "%nDeploy, request to live (%s cores)%n",
                    Runtime.getRuntime().availableProcessors());
            report("docker: build, start, healthy, switch", docker);
            report("static: transpile 5 modules, write, switch", statics);
        }
    }

    private static void report(String what, long[] sorted) {
        System.out.printf(Locale.ROOT, "  %-44s p50 %8.2f ms  p99 %8.2f ms  (%d deploys)%n", what,
                sorted[sorted.length / 2] / 1000.0,
                sorted[Math.min(sorted.length - 1, (int) Math.floor(0.99 * sorted.length))] / 1000.0, sorted.length);
    }

}
