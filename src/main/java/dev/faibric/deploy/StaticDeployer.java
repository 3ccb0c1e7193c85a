package dev.faibric.deploy;

import dev.faibric.hosting.AppRuntime;
import dev.faibric.hosting.AppUrls;
import dev.faibric.hosting.HostedApps;
import dev.faibric.project.SourceFile;
import dev.faibric.tsx.CompileException;
import dev.faibric.tsx.TsxCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Deploys a frontend-only app in milliseconds: every module is transpiled to browser
 * JavaScript, written with an {@code index.html} (import map + bootstrap) into a new
 * version directory, and that directory becomes the live one in a single atomic switch.
 */
@Component
class StaticDeployer implements Deployer {

    private static final String ENTRY = SourceFile.ENTRY;

    private final TsxCompiler compiler;

    private final HostedApps apps;

    private final AppRuntime runtime;

    private final AppUrls urls;

    private final JsonMapper json;

    StaticDeployer(TsxCompiler compiler, HostedApps apps, AppRuntime runtime, AppUrls urls, JsonMapper json) {
        this.compiler = compiler;
        this.apps = apps;
        this.runtime = runtime;
        this.urls = urls;
        this.json = json;
    }

    @Override
    public Deployment deploy(AppRelease release) throws DeploymentException {
        long started = System.nanoTime();
        write(release, staging -> apps.publish(release.slug(), release.version(), staging));
        return new Deployment(release.slug(), release.version(), urls.url(release.slug()),
                Duration.ofNanos(System.nanoTime() - started));
    }

    @Override
    public Deployment preview(AppRelease release) throws DeploymentException {
        long started = System.nanoTime();
        write(release, staging -> apps.publishPreview(release.slug(), staging));
        return new Deployment(release.slug(), release.version(), urls.previewUrl(release.slug()),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Transpiles and writes every file to a staging directory, then hands it to
     * {@code publish}.
     */
    private void write(AppRelease release, Consumer<Path> publish) throws DeploymentException {
        List<String> problems = new ArrayList<>();
        List<SourceFile> output = new ArrayList<>();
        for (SourceFile file : release.files()) {
            file.problem().ifPresent(problems::add);
        }
        if (release.files().stream().noneMatch(f -> f.path().equals(ENTRY))) {
            problems.add("the app has no " + ENTRY);
        }
        if (!problems.isEmpty()) {
            throw new DeploymentException(problems);
        }
        for (SourceFile file : release.files()) {
            if (file.isModule()) {
                try {
                    output.add(new SourceFile(jsPath(file.path()),
                            compiler.compile(file.path(), file.content()).javascript()));
                }
                catch (CompileException e) {
                    problems.add(e.getMessage());
                }
            }
            else {
                output.add(file);
            }
        }
        if (!problems.isEmpty()) {
            throw new DeploymentException(problems);
        }
        output.add(new SourceFile("index.html", indexHtml(release.title())));

        Path staging = apps.stagingDirectory(release.slug());
        try {
            for (SourceFile file : output) {
                Path target = staging.resolve(file.path());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.content(), StandardCharsets.UTF_8);
            }
            publish.accept(staging);
        }
        catch (IOException | UncheckedIOException | IllegalStateException e) {
            deleteQuietly(staging);
            throw new DeploymentException(
                    List.of("could not write version " + release.version() + ": " + e.getMessage()));
        }
    }

    static String jsPath(String path) {
        return path.replaceFirst("\\.(tsx|ts|jsx|js)$", ".js");
    }

    private String indexHtml(String title) {
        String importMap = json.writeValueAsString(Map.of("imports", runtime.importMap())).replace("</", "<\\/");
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <link rel="icon" href="data:,">
                <style>html,body{margin:0;padding:0}#root{min-height:100vh}</style>
                <script type="importmap">%s</script>
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
                  box.style.cssText = "margin:16px;padding:16px;border-radius:8px;background:#fef2f2;color:#991b1b;white-space:pre-wrap;font:14px/1.5 ui-monospace,monospace";
                  box.textContent = "This app failed to start: " + (error && error.message ? error.message : error);
                  document.body.prepend(box);
                }
                import("./App.js")
                  .then((module) => createRoot(root).render(createElement(module.default)))
                  .catch((error) => { console.error(error); show(error); });
                </script>
                </body>
                </html>
                """
            .formatted(HtmlUtils.htmlEscape(title), importMap);
    }

    private static void deleteQuietly(Path dir) {
        try {
            FileSystemUtils.deleteRecursively(dir);
        }
        catch (IOException ignored) {
            // a leftover staging directory is never served
        }
    }

}
