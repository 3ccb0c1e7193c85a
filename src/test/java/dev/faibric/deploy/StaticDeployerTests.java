package dev.faibric.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faibric.hosting.AppRuntime;
import dev.faibric.hosting.AppUrls;
import dev.faibric.hosting.HostedApps;
import dev.faibric.hosting.HostingSettings;
import dev.faibric.hosting.PreviewKeys;
import dev.faibric.hosting.TestRuntimes;
import dev.faibric.project.SourceFile;
import dev.faibric.tsx.TsxCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class StaticDeployerTests {

    @TempDir
    Path volume;

    static final SourceFile APP = new SourceFile("App.tsx", """
            import Title from './components/Title';
            export default function App() { return <main><Title text="Tips" /></main>; }
            """);
    static final SourceFile TITLE = new SourceFile("components/Title.tsx",
            """
                    export default function Title({ text }: { text: string }) { return <h1 data-testid="app-title">{text}</h1>; }
                    """);

    static final PreviewKeys PREVIEWS = new PreviewKeys(new byte[32]);

    private StaticDeployer deployer() {
        HostingSettings settings = new HostingSettings(volume, "apps.localhost", List.of());
        HostedApps apps = new HostedApps(settings);
        AppRuntime runtime = TestRuntimes.of(Map.of("react", "react.js", "react-dom/client", "react-dom-client.js"));
        return new StaticDeployer(new BrowserFiles(new TsxCompiler(), runtime, JsonMapper.builder().build()), apps,
                new AppUrls(settings, PREVIEWS));
    }

    @Test
    void writesTranspiledModulesAndAnEntryPageIntoANewVersionAndMakesItLive() throws Exception {
        Deployment deployment = deployer()
            .deploy(new Deployer.AppRelease("tips-abc123", "Tips & <Co>", 1, List.of(APP, TITLE)));

        Path v1 = volume.resolve("tips-abc123/v1");
        assertThat(deployment.url()).isEqualTo("http://tips-abc123.apps.localhost:8080/");
        assertThat(Files.readString(volume.resolve("tips-abc123/current"))).isEqualTo("v1");
        assertThat(Files.readString(v1.resolve("App.js"))).contains("react/jsx-runtime").doesNotContain("<main>");
        assertThat(Files.readString(v1.resolve("components/Title.js"))).doesNotContain(": string");
        String index = Files.readString(v1.resolve("index.html"));
        assertThat(index).contains("<title>Tips &amp; &lt;Co&gt;</title>")
            .contains("\"react\":\"./_runtime/react.js\"")
            .contains("import(\"./App.js\")");
        assertThat(deployment.took()).isPositive();
    }

    @Test
    void aNewVersionSwitchesAtomicallyAndTheOldOneStaysOnDisk() throws Exception {
        StaticDeployer deployer = deployer();
        deployer.deploy(new Deployer.AppRelease("tips-abc123", "Tips", 1, List.of(APP, TITLE)));
        deployer.deploy(new Deployer.AppRelease("tips-abc123", "Tips", 2, List.of(APP,
                new SourceFile("components/Title.tsx", "export default function Title() { return <h2>v2</h2>; }\n"))));

        assertThat(Files.readString(volume.resolve("tips-abc123/current"))).isEqualTo("v2");
        assertThat(Files.readString(volume.resolve("tips-abc123/v2/components/Title.js"))).contains("v2");
        assertThat(volume.resolve("tips-abc123/v1/components/Title.js")).exists();
        try (var entries = Files.list(volume.resolve("tips-abc123"))) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("v1", "v2", "current");
        }
    }

    @Test
    void brokenCodeIsNotDeployedAndTheLiveVersionStays() throws Exception {
        StaticDeployer deployer = deployer();
        deployer.deploy(new Deployer.AppRelease("tips-abc123", "Tips", 1, List.of(APP, TITLE)));

        assertThatThrownBy(() -> deployer.deploy(new Deployer.AppRelease("tips-abc123", "Tips", 2,
                List.of(new SourceFile("App.tsx", "export default () => <div>;\n")))))
            .isInstanceOf(DeploymentException.class)
            .hasMessageStartingWith("App.tsx: ");
        assertThat(Files.readString(volume.resolve("tips-abc123/current"))).isEqualTo("v1");
        assertThat(volume.resolve("tips-abc123/v2")).doesNotExist();
    }

    @Test
    void aHalfWrittenDirectoryOfTheNextVersionLeftByADeadNodeIsReplacedWhole() throws Exception {
        StaticDeployer deployer = deployer();
        deployer.deploy(new Deployer.AppRelease("tips-abc123", "Tips", 1, List.of(APP, TITLE)));
        Path leftover = Files.createDirectories(volume.resolve("tips-abc123/v2/components"));
        Files.writeString(leftover.resolve("Title.js"), "export default function Ti");
        Files.writeString(leftover.resolve("Stale.js"), "export default 1;");
        Files.createDirectories(
                volume.resolve("tips-abc123/.staging-" + java.util.UUID.randomUUID()).resolve("components"));

        deployer.deploy(new Deployer.AppRelease("tips-abc123", "Tips", 2, List.of(APP,
                new SourceFile("components/Title.tsx", "export default function Title() { return <h2>v2</h2>; }\n"))));

        assertThat(Files.readString(volume.resolve("tips-abc123/current"))).isEqualTo("v2");
        assertThat(Files.readString(volume.resolve("tips-abc123/v2/components/Title.js"))).contains("v2");
        assertThat(volume.resolve("tips-abc123/v2/index.html")).exists();
        assertThat(volume.resolve("tips-abc123/v2/components/Stale.js")).doesNotExist();
        try (var entries = Files.list(volume.resolve("tips-abc123"))) {
            assertThat(entries.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".leftover-"));
        }
    }

    @Test
    void aHalfWrittenPreviewLeftByADeadNodeDoesNotStopTheNextBuildsPreviewOrRelease() throws Exception {
        StaticDeployer deployer = deployer();
        deployer.preview(new Deployer.AppRelease("tips-abc123", "Tips", 0, List.of(APP, TITLE)));
        Files.createDirectories(volume.resolve("tips-abc123/p2/components"));
        Files.writeString(volume.resolve("tips-abc123/p2/App.js"), "import Title from");

        Deployment preview = deployer.preview(new Deployer.AppRelease("tips-abc123", "Tips", 0, List.of(APP, TITLE)));
        deployer.deploy(new Deployer.AppRelease("tips-abc123", "Tips", 1, List.of(APP, TITLE)));

        assertThat(preview.url()).isEqualTo("http://" + PREVIEWS.previewName("tips-abc123") + ".apps.localhost:8080/")
            .matches("http://tips-abc123--[0-9a-f]{14}\\.apps\\.localhost:8080/");
        assertThat(Files.readString(volume.resolve("tips-abc123/preview"))).isEqualTo("p3");
        assertThat(volume.resolve("tips-abc123/p3/index.html")).exists();
        assertThat(Files.readString(volume.resolve("tips-abc123/current"))).isEqualTo("v1");
    }

    @Test
    void whatADeadNodeLeftWhileWritingIsRemovedByTheNextBuildOnceAbandonedNotWhileFresh() throws Exception {
        StaticDeployer deployer = deployer();
        deployer.deploy(new Deployer.AppRelease("tips-abc123", "Tips", 1, List.of(APP, TITLE)));
        Path app = volume.resolve("tips-abc123");
        Path abandoned = Files.createDirectories(app.resolve(".staging-" + java.util.UUID.randomUUID() + "/components"))
            .getParent();
        Path halfSwitched = Files.writeString(app.resolve(".current-" + java.util.UUID.randomUUID()), "v2");
        Path another = Files.createDirectories(app.resolve(".staging-" + java.util.UUID.randomUUID()));
        var twoHoursAgo = java.nio.file.attribute.FileTime
            .from(java.time.Instant.now().minus(java.time.Duration.ofHours(2)));
        Files.setLastModifiedTime(abandoned, twoHoursAgo);
        Files.setLastModifiedTime(halfSwitched, twoHoursAgo);

        deployer.deploy(new Deployer.AppRelease("tips-abc123", "Tips", 2, List.of(APP, TITLE)));

        assertThat(abandoned).doesNotExist();
        assertThat(halfSwitched).doesNotExist();
        assertThat(another).as("perhaps another node's, being written now").exists();
        assertThat(Files.readString(app.resolve("current"))).isEqualTo("v2");
        assertThat(app.resolve("v1/index.html")).exists();
    }

    @Test
    void theLiveVersionIsNeverReplaced() throws Exception {
        StaticDeployer deployer = deployer();
        deployer.deploy(new Deployer.AppRelease("tips-abc123", "Tips", 1, List.of(APP, TITLE)));
        String live = Files.readString(volume.resolve("tips-abc123/v1/components/Title.js"));

        assertThatThrownBy(() -> deployer.deploy(new Deployer.AppRelease("tips-abc123", "Tips", 1,
                List.of(APP,
                        new SourceFile("components/Title.tsx",
                                "export default function Title() { return <h2>other</h2>; }\n")))))
            .isInstanceOf(DeploymentException.class)
            .hasMessageContaining("already deployed");
        assertThat(Files.readString(volume.resolve("tips-abc123/v1/components/Title.js"))).isEqualTo(live);
        assertThat(Files.readString(volume.resolve("tips-abc123/current"))).isEqualTo("v1");
    }

    @Test
    void unsafePathsNeverTouchDisk() {
        assertThatThrownBy(() -> deployer().deploy(new Deployer.AppRelease("tips-abc123", "Tips", 1,
                List.of(APP, new SourceFile("../../escape.ts", "export const x = 1;\n")))))
            .isInstanceOf(DeploymentException.class)
            .hasMessageContaining("must be relative");
        assertThat(volume.resolve("tips-abc123")).doesNotExist();
        assertThat(volume.getParent().resolve("escape.js")).doesNotExist();
    }

}
