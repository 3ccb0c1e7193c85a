package dev.faibric.deploy;

import dev.faibric.hosting.AppRuntime;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The page every app is served from: the import map of the vendored runtime, what apps
 * copied from Create React App and Vite read from {@code process.env} and
 * {@code import.meta.env}, and the bootstrap that mounts the root component and shows, on
 * the page, why an app could not start (reporting it as uncaught, so the error reporter
 * Faibric adds to every page hears of it too).
 */
final class AppPage {

    /** The build-time values a bundler would have put in: the mode, never a secret. */
    static final Map<String, Object> ENVIRONMENT = Map.of("MODE", "production", "DEV", false, "PROD", true, "SSR",
            false, "BASE_URL", "./", "NODE_ENV", "production");

    /** What the modules' {@code import.meta.env} is rewritten to read. */
    static final String ENV_GLOBAL = "globalThis.__faibricEnv";

    private AppPage() {
    }

    /**
     * The classic script that runs before any module: what {@code import.meta.env} and
     * {@code process.env} read, the owner's public variables and the mode (which they
     * cannot change).
     */
    static String environmentScript(Map<String, String> variables, JsonMapper json) {
        Map<String, Object> values = new TreeMap<>(variables);
        values.putAll(ENVIRONMENT);
        String environment = json.writeValueAsString(values).replace("</", "<\\/");
        return "%s = %s; globalThis.process = { env: %s };".formatted(ENV_GLOBAL, environment, environment);
    }

    /**
     * An app reached on the platform's origin runs sandboxed with an opaque origin, where
     * the browser refuses web storage; apps that keep their state there still run, with
     * storage that lasts as long as the page.
     */
    static final String STORAGE_FALLBACK = """
            try { window.localStorage; } catch (refused) {
              for (const name of ["localStorage", "sessionStorage"]) {
                const items = new Map();
                Object.defineProperty(window, name, { configurable: true, value: {
                  get length() { return items.size; },
                  key: (i) => [...items.keys()][i] ?? null,
                  getItem: (k) => items.has(String(k)) ? items.get(String(k)) : null,
                  setItem: (k, v) => { items.set(String(k), String(v)); },
                  removeItem: (k) => { items.delete(String(k)); },
                  clear: () => { items.clear(); } } });
              }
            }
            """;

    /**
     * How every app page starts, up to the end of what its head always has: the title, no
     * favicon request, no margins, a root at least as tall as the window.
     */
    static String start(String title) {
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <link rel="icon" href="data:,">
                <style>html,body{margin:0;padding:0}#root{min-height:100vh}</style>
                """.formatted(HtmlUtils.htmlEscape(title));
    }

    /** How the page shows why an app could not start. */
    static final String ERROR_BOX_STYLE = "margin:16px;padding:16px;border-radius:8px;background:#fef2f2;"
            + "color:#991b1b;white-space:pre-wrap;font:14px/1.5 ui-monospace,monospace";

    /**
     * @param tailwind whether the page loads Tailwind's browser build, which styles every
     * element by its classes as it appears (see {@link TailwindUse})
     */
    static String html(String title, Map<String, String> variables, AppRuntime runtime, JsonMapper json,
            boolean tailwind) {
        String importMap = json.writeValueAsString(Map.of("imports", runtime.importMap())).replace("</", "<\\/");
        String tailwindScript = runtime.tailwindScript()
            .filter(script -> tailwind)
            .map(script -> "<script src=\"" + script + "\"></script>\n")
            .orElse("");
        return """
                %s<script>%s
                %s</script>
                %s<script type="importmap">%s</script>
                </head>
                <body>
                <div id="root"></div>
                <script type="module">
                import { createElement } from "react";
                import { createRoot } from "react-dom/client";
                const root = document.getElementById("root");
                function show(error) {
                  const box = document.createElement("pre");
                  box.setAttribute("role", "alert");
                  box.style.cssText = "%s";
                  box.textContent = "This app failed to start: " + (error && error.message ? error.message : error);
                  document.body.prepend(box);
                }
                // Reported as uncaught (the console, and the page's error listeners) though it is caught here.
                function report(error) {
                  if (typeof reportError === "function") reportError(error); else console.error(error);
                }
                import("./App.js")
                  .then((module) => createRoot(root, { onUncaughtError: (error) => { report(error); show(error); } })
                    .render(createElement(module.default ?? module.App)))
                  .catch((error) => { report(error); show(error); });
                </script>
                </body>
                </html>
                """.formatted(start(title), environmentScript(variables, json), STORAGE_FALLBACK, tailwindScript,
                importMap, ERROR_BOX_STYLE);
    }

}
