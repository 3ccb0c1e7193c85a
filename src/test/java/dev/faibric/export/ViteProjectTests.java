package dev.faibric.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.project.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exported project's files for the less common shapes of an app, without a server: a
 * root exported as {@code App}, JSX in {@code .js} files, a module of the entry's name, a
 * title that is not HTML; and the pinned dependencies against what hosted apps run.
 */
class ViteProjectTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ExportedVersion app(String title, String rootExport, SourceFile... files) {
        return new ExportedVersion("my-app-x1y2z3", title, 3, List.of(files), null,
                "http://my-app-x1y2z3.apps.localhost:8080/", Map.of(), List.of(), rootExport);
    }

    @Test
    void aRootExportedAsAppIsImportedByThatName() {
        ExportedVersion app = app("Tips", "App", new SourceFile("App.tsx", "export function App() { return null; }"));

        Map<String, String> files = ViteProject.files(app, JSON);

        assertThat(files.get("src/main.tsx")).contains("import { App } from './App';")
            .doesNotContain("import App from");
        assertThat(files).doesNotContainKeys("faibric/data.ts", "Dockerfile", "faibric/schema.json");
    }

    @Test
    void jsxInJsFilesIsCompiledAsFaibricCompilesIt() {
        ExportedVersion app = app("Tips", "default",
                new SourceFile("App.js", "export default function App() { return <p>hi</p>; }"));

        String config = ViteProject.files(app, JSON).get("vite.config.ts");

        assertThat(config).contains("plugins: [jsxInJs()]", "loader: { '.js': 'jsx' }",
                "transformWithEsbuild(code, id, { loader: 'jsx', jsx: 'automatic' })");
        assertThat(
                ViteProject.files(app("Tips", "default", new SourceFile("App.tsx", "export default () => null;")), JSON)
                    .get("vite.config.ts"))
            .doesNotContain("jsxInJs");
    }

    @Test
    void tailwindIsCompiledByItsVitePluginForAnAppThatUsesIt() {
        SourceFile tailwindApp = new SourceFile("App.tsx",
                "export default () => <p className=\"p-4 text-lg font-bold bg-blue-600\">hi</p>;");
        Map<String, String> files = ViteProject.files(app("Tips", "default", tailwindApp), JSON);

        assertThat(files.get("vite.config.ts")).contains("import tailwindcss from '@tailwindcss/vite';",
                "plugins: [tailwindcss()]");
        assertThat(files.get("src/main.tsx")).contains("import './faibric-tailwind.css';");
        assertThat(files.get("src/faibric-tailwind.css")).isEqualTo("@import \"tailwindcss\";\n");

        Map<String, String> own = ViteProject.files(
                app("Tips", "default", tailwindApp,
                        new SourceFile("index.css", "@tailwind base;\n@tailwind utilities;\n.card { @apply p-4; }\n")),
                JSON);
        assertThat(own.get("src/index.css")).isEqualTo("@import \"tailwindcss\";\n\n\n.card { @apply p-4; }\n");
        assertThat(own).doesNotContainKey("src/faibric-tailwind.css");
        assertThat(own.get("src/main.tsx")).doesNotContain("tailwind");

        Map<String, String> plain = ViteProject.files(app("Tips", "default",
                new SourceFile("App.tsx", "export default () => <p style={{ padding: 4 }}>hi</p>;")), JSON);
        assertThat(plain.get("vite.config.ts")).doesNotContain("tailwind");
        assertThat(plain.get("vite.config.ts")).doesNotContain("chunkSizeWarningLimit");
        assertThat(ViteProject
            .files(app("Tips", "default",
                    new SourceFile("App.tsx",
                            "import { BarChart } from 'recharts';\nexport default () => <BarChart data={[]} />;")),
                    JSON)
            .get("vite.config.ts")).contains("build: { chunkSizeWarningLimit: 1024 }");
        assertThat(plain).doesNotContainKey("src/faibric-tailwind.css");
    }

    @Test
    void anAppsOwnMainModuleKeepsItsNameAndTheTitleIsText() {
        ExportedVersion app = app("Tom & Jerry's <Shop>", "default",
                new SourceFile("App.tsx", "import { x } from './main'; export default () => x;"),
                new SourceFile("main.ts", "export const x = null;"));

        Map<String, String> files = ViteProject.files(app, JSON);

        assertThat(files.get("src/main.ts")).isEqualTo("export const x = null;");
        assertThat(files).containsKey("src/faibric-main.tsx").doesNotContainKey("src/main.tsx");
        assertThat(files.get("index.html")).contains("src=\"/src/faibric-main.tsx\"")
            .contains("<title>Tom &amp; Jerry&#39;s &lt;Shop&gt;</title>");
        assertThat(files.get("README.md")).contains("`src/faibric-main.tsx`");
    }

    @Test
    void theDependenciesAreReactAsHostedAppsRunItAndLocked() throws IOException {
        JsonNode web = JSON.readTree(Files.readString(Path.of("web", "package.json")));
        ExportedVersion app = app("Tips", "default", new SourceFile("App.tsx", "export default () => null;"));
        Map<String, String> files = ViteProject.files(app, JSON);
        JsonNode manifest = JSON.readTree(files.get("package.json"));
        JsonNode lock = JSON.readTree(files.get("package-lock.json"));

        for (String name : List.of("react", "react-dom", "lucide-react", "recharts", "clsx", "date-fns", "react-is")) {
            assertThat(manifest.path("dependencies").path(name).asString()).as(name)
                .isEqualTo(web.path("dependencies").path(name).asString());
        }
        for (String name : List.of("@types/react", "@types/react-dom", "typescript", "vite", "esbuild")) {
            assertThat(manifest.path("devDependencies").path(name).asString()).as(name)
                .isEqualTo(web.path("devDependencies").path(name).asString());
        }
        for (String name : List.of("tailwindcss", "@tailwindcss/vite")) {
            assertThat(manifest.path("devDependencies").path(name).asString())
                .as(name + ": the version whose browser build styles hosted apps")
                .isEqualTo(web.path("dependencies").path("@tailwindcss/browser").asString());
        }
        for (String section : List.of("dependencies", "devDependencies")) {
            manifest.path(section)
                .properties()
                .forEach(dependency -> assertThat(
                        lock.path("packages").path("node_modules/" + dependency.getKey()).path("version").asString())
                    .as("the locked " + dependency.getKey())
                    .isEqualTo(dependency.getValue().asString()));
        }
        assertThat(lock.path("packages").path("").path("name").asString()).isEqualTo("my-app-x1y2z3");
        assertThat(files.get("package.json")).startsWith("{\n  \"name\": \"my-app-x1y2z3\",\n  \"private\": true,");
    }

}
