package dev.faibric.export;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An exported project's {@code package.json} and {@code package-lock.json}. The
 * dependencies are fixed (React as the hosted apps' runtime has it, Vite, TypeScript and
 * their types, esbuild for server code) and locked once in
 * {@code export/package-lock.json}, so {@code npm ci} installs exactly what was tested;
 * only the package's name and its scripts change from app to app. The lockfile was made
 * by {@code npm install} from {@code export/package.json}; change both together.
 */
final class NpmFiles {

    /** The package name the lockfile was made with, replaced by the app's. */
    static final String LOCKED_NAME = "faibric-export";

    /** JSON as npm writes it: two spaces, {@code "name": value}, one item a line. */
    private static final DefaultPrettyPrinter NPM_STYLE = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("")).withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private NpmFiles() {
    }

    static String packageJson(ExportedVersion app, JsonMapper json) {
        ObjectNode locked = (ObjectNode) json.readTree(ExportResources.text("package.json"));
        ObjectNode manifest = json.createObjectNode();
        manifest.put("name", app.slug());
        locked.properties().forEach(entry -> {
            if (!entry.getKey().equals("name")) {
                manifest.set(entry.getKey(), entry.getValue());
            }
            if (entry.getKey().equals("type")) {
                manifest.set("scripts", json.valueToTree(scripts(app)));
            }
        });
        return pretty(manifest, json);
    }

    /** The lockfile, naming the app's package. */
    static String lockfile(ExportedVersion app) {
        String quoted = "\"name\": \"" + LOCKED_NAME + "\"";
        return ExportResources.text("package-lock.json").replace(quoted, "\"name\": \"" + app.slug() + "\"");
    }

    static Map<String, String> scripts(ExportedVersion app) {
        Map<String, String> scripts = new LinkedHashMap<>();
        scripts.put("dev", "vite");
        scripts.put("build", "vite build");
        scripts.put("preview", "vite preview");
        scripts.put("typecheck", "tsc --noEmit");
        if (app.hasServer()) {
            scripts.put("build:server",
                    "esbuild server/index.ts --bundle --platform=node --format=esm --target=node20"
                            + " --alias:faibric/data=./faibric/server/data.mjs --outfile=build/server/index.js"
                            + " --log-level=warning && esbuild faibric/server/faibric-server.mjs"
                            + " --format=esm --outfile=build/faibric-server.mjs --log-level=warning");
            scripts.put("start:server", "node build/faibric-server.mjs");
        }
        return scripts;
    }

    static String pretty(JsonNode node, JsonMapper json) {
        return json.writer().with(NPM_STYLE).writeValueAsString(node) + "\n";
    }

}
