package dev.faibric.startcheck;

import dev.faibric.hosting.AppRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.Source;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Where sandboxes come from: one kept ready (its browser set up) so that a check pays
 * only for the app, the next prepared on the check threads as soon as it is taken. All
 * share one GraalJS engine, whose parsed code (the DOM, React) outlives any one sandbox.
 */
@Component
class Sandboxes implements DisposableBean {

    static final String START_MODULE = "/_start/start.js";

    private static final String RUNTIME = "/_runtime/";

    /**
     * Stand-ins for the toolkit's largest modules (lucide-react, recharts), which this
     * engine took seconds to evaluate: every export is there, icons and charts render
     * empty frames (web/scripts/build-runtime.mjs writes them).
     */
    private static final String STUBS = "/_stubs/";

    private static final String STUB_LOCATION = "start-check/stubs/";

    private static final Logger log = LoggerFactory.getLogger(Sandboxes.class);

    private final AppRuntime runtime;

    private final ThreadPoolTaskExecutor executor;

    private final Map<String, String> specifiers = new LinkedHashMap<>();

    private final Map<String, Optional<String>> runtimeFiles = new ConcurrentHashMap<>();

    private final @Nullable List<Source> browser;

    private final Source startModule;

    private final AtomicReference<@Nullable CompletableFuture<Sandbox>> spare = new AtomicReference<>();

    Sandboxes(AppRuntime runtime, ThreadPoolTaskExecutor startChecks) {
        this.runtime = runtime;
        this.executor = startChecks;
        runtime.importMap().forEach((specifier, url) -> {
            boolean stubbed = new ClassPathResource(STUB_LOCATION + specifier + ".js").exists();
            specifiers.put(specifier, stubbed ? STUBS + specifier + ".js" : "/" + url.substring(2));
        });
        Optional<String> dom = text("start-check/dom.js");
        this.browser = dom.isEmpty() ? null : List.of(script("base64.js", text("start-check/base64.js").orElseThrow()),
                script("dom.js", dom.get()), script("browser.js", text("start-check/browser.js").orElseThrow()));
        this.startModule = Source.newBuilder("js", text("start-check/start.js").orElseThrow(), "start.js")
            .uri(URI.create("file://" + START_MODULE))
            .mimeType("application/javascript+module")
            .buildLiteral();
    }

    /**
     * Whether apps can be started here: not when the jar was built without the frontend,
     * which bundles the DOM.
     */
    boolean available() {
        return browser != null && !specifiers.isEmpty();
    }

    Source startModule() {
        return startModule;
    }

    /** A sandbox with its browser set up, for one app; the caller closes it. */
    Sandbox take() {
        CompletableFuture<Sandbox> ready = spare.get();
        // A spare still being set up is left to finish for the next check: waiting for it
        // here could wait for a thread that is itself waiting.
        boolean usable = ready != null && ready.isDone() && !ready.isCompletedExceptionally();
        Sandbox sandbox = usable && spare.compareAndSet(ready, null) ? ready.join() : create();
        prepareSpare();
        return sandbox;
    }

    /** Sets up the spare sandbox, in the background, unless one is there. */
    void prepareSpare() {
        CompletableFuture<Sandbox> next = new CompletableFuture<>();
        if (spare.compareAndSet(null, next)) {
            executor.execute(() -> {
                try {
                    next.complete(create());
                }
                catch (RuntimeException e) {
                    log.warn("Could not prepare a start-check sandbox: {}", e.getMessage());
                    spare.compareAndSet(next, null);
                    next.completeExceptionally(e);
                }
            });
        }
    }

    private Sandbox create() {
        if (browser == null) {
            throw new IllegalStateException("no DOM for the start check on the classpath");
        }
        return new Sandbox(SharedEngine.ENGINE, new AppFileSystem(specifiers, this::shared), browser);
    }

    private @Nullable String shared(String path) {
        if (path.startsWith(RUNTIME)) {
            String name = path.substring(RUNTIME.length());
            return runtimeFiles.computeIfAbsent(name, runtime::text).orElse(null);
        }
        if (path.startsWith(STUBS) && path.indexOf('/', STUBS.length()) < 0) {
            return runtimeFiles.computeIfAbsent(path, stub -> text(STUB_LOCATION + stub.substring(STUBS.length())))
                .orElse(null);
        }
        return START_MODULE.equals(path) ? startModule.getCharacters().toString() : null;
    }

    @Override
    public void destroy() {
        CompletableFuture<Sandbox> ready = spare.getAndSet(null);
        if (ready != null) {
            ready.thenAccept(Sandbox::close);
        }
    }

    private static Source script(String name, String text) {
        return Source.newBuilder("js", text, name).cached(true).buildLiteral();
    }

    private static Optional<String> text(String location) {
        ClassPathResource resource = new ClassPathResource(location);
        if (!resource.exists()) {
            return Optional.empty();
        }
        try (InputStream in = resource.getInputStream()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One engine for the whole JVM, like the JIT's code cache: parsed code is kept per
     * engine, and a second application context in the same JVM (as in the tests) would
     * otherwise parse the DOM and React again. Created on first use; its sandboxes, not
     * the engine, hold the apps.
     */
    private static final class SharedEngine {

        static final Engine ENGINE = Engine.newBuilder("js")
            .sandbox(SandboxPolicy.CONSTRAINED)
            .option("engine.WarnInterpreterOnly", "false")
            .out(OutputStream.nullOutputStream())
            .err(OutputStream.nullOutputStream())
            .build();

    }

}
