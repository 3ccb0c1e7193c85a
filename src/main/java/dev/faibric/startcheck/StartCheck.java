package dev.faibric.startcheck;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.faibric.deploy.BrowserFiles;
import dev.faibric.deploy.DeploymentException;
import dev.faibric.project.SourceFile;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.graalvm.polyglot.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Starts a version as a browser would before it goes live: its modules loaded, its first
 * screen rendered, its first second of effects and timers run, all in a sandbox on the
 * server. Static checks cannot see a render that throws, a module that throws as it
 * loads, an update loop that never ends; this does, and says why in words the repair can
 * act on. When the check itself cannot run (no DOM in a jar built without the frontend,
 * an engine fault) the version is not held back: the check is a safety net, not a gate of
 * its own.
 */
@Component
public class StartCheck {

    private static final Logger log = LoggerFactory.getLogger(StartCheck.class);

    private static final List<SourceFile> WARM_UP = List
        .of(new SourceFile("App.tsx", "import { useState } from 'react';\nexport default function App() {\n"
                + "  const [n] = useState(1);\n  return <main><h1>Ready {n}</h1></main>;\n}\n"));

    private final Sandboxes sandboxes;

    private final BrowserFiles browserFiles;

    private final StartCheckSettings settings;

    private final ThreadPoolTaskExecutor executor;

    private final TaskScheduler scheduler;

    private final MeterRegistry registry;

    /**
     * Checks started on previews, by their files' digest, until the build asks for one:
     * then the build's check and the prefetch of its last preview are one check. A result
     * is used once; an app built again is checked again.
     */
    private final Cache<String, CompletableFuture<Checked>> prefetched = Caffeine.newBuilder()
        .maximumSize(64)
        .expireAfterWrite(Duration.ofMinutes(2))
        .build();

    StartCheck(Sandboxes sandboxes, BrowserFiles browserFiles, StartCheckSettings settings,
            ThreadPoolTaskExecutor startChecks, TaskScheduler scheduler, MeterRegistry registry) {
        this.sandboxes = sandboxes;
        this.browserFiles = browserFiles;
        this.settings = settings;
        this.executor = startChecks;
        this.scheduler = scheduler;
        this.registry = registry;
    }

    /** Whether versions are started here before they go live. */
    public boolean enabled() {
        return settings.enabled() && sandboxes.available();
    }

    /**
     * Why the app cannot start, or empty when it starts (or cannot be checked here).
     * Waits for a check thread; never longer than the timeout once the app runs.
     */
    public Optional<String> problem(List<SourceFile> files, Map<String, String> variables) {
        return enabled() ? check(files, variables).problem() : Optional.empty();
    }

    /** Why an app without public variables of its own cannot start, if it cannot. */
    public Optional<String> problem(List<SourceFile> files) {
        return problem(files, Map.of());
    }

    /** What a check found: why the app cannot start, if it cannot, and what it showed. */
    record Checked(Optional<String> problem, String screen) {
    }

    /**
     * Starts checking, in the background, what is likely to be the app a build is about
     * to validate (a preview with nothing missing): when the build asks about the same
     * files, the answer is ready or on its way, and the check costs the user no time.
     */
    public void prefetch(List<SourceFile> files, Map<String, String> variables) {
        if (enabled()) {
            prefetched.get(key(files, variables), key -> checking(files, variables));
        }
    }

    /** The check of these files: the one prefetched for them, if any, or a new one. */
    Checked check(List<SourceFile> files, Map<String, String> variables) {
        CompletableFuture<Checked> ready = prefetched.asMap().remove(key(files, variables));
        CompletableFuture<Checked> result = ready != null ? ready : checking(files, variables);
        try {
            return result.get();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Checked(Optional.empty(), "");
        }
        catch (ExecutionException e) {
            log.warn("The start check could not run; the version is not held back by it", e.getCause());
            return new Checked(Optional.empty(), "");
        }
    }

    /** A check of these files, started now on a check thread. */
    private CompletableFuture<Checked> checking(List<SourceFile> files, Map<String, String> variables) {
        try {
            Launch launch = launch(files, variables);
            return CompletableFuture.supplyAsync(() -> start(launch), executor);
        }
        catch (DeploymentException e) {
            return CompletableFuture.completedFuture(new Checked(Optional.of(String.join("; ", e.problems())), ""));
        }
    }

    private static String key(List<SourceFile> files, Map<String, String> variables) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (SourceFile file : files) {
            digest.update((file.path() + "\0" + file.content() + "\0").getBytes(StandardCharsets.UTF_8));
        }
        new TreeMap<>(variables)
            .forEach((name, value) -> digest.update(("\1" + name + "\0" + value).getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The app as served, under {@code /app/}, and the source file each served file is.
     */
    private record Launch(Map<String, String> app, Map<String, String> sources, Source environment) {
    }

    private Launch launch(List<SourceFile> files, Map<String, String> variables) throws DeploymentException {
        Map<String, String> app = new HashMap<>();
        for (SourceFile served : browserFiles.of("App", files, variables)) {
            app.put("/app/" + served.path(), served.content());
        }
        Map<String, String> sources = new HashMap<>();
        files.forEach(file -> sources.put(BrowserFiles.servedPath(file.path()), file.path()));
        return new Launch(app, sources, Source.create("js", browserFiles.environmentScript(variables)));
    }

    private Checked start(Launch launch) {
        long began = System.nanoTime();
        Duration timeout = settings.timeout();
        AtomicBoolean timedOut = new AtomicBoolean();
        Sandbox.Started started;
        try (Sandbox sandbox = sandboxes.take()) {
            ScheduledFuture<?> watchdog = scheduler.schedule(() -> {
                timedOut.set(true);
                sandbox.cancel();
            }, Instant.now().plus(timeout));
            try {
                started = sandbox.start(launch.app(), launch.environment(), sandboxes.startModule());
            }
            catch (RuntimeException e) {
                if (!timedOut.get()) {
                    throw e;
                }
                started = Sandbox.Started.timedOut();
            }
            finally {
                watchdog.cancel(false);
            }
        }
        Optional<String> problem = StartProblems.of(started, launch.sources(), timeout);
        if (!started.logged().isEmpty()) {
            log.debug("While starting, the app logged: {}", started.logged());
        }
        Timer.builder("faibric.start.check")
            .description("Starting a version on the server before it goes live")
            .tag("outcome", problem.isPresent() ? "failed" : "started")
            .register(registry)
            .record(Duration.ofNanos(System.nanoTime() - began));
        return new Checked(problem, started.screen());
    }

    /**
     * Parses the DOM and React once and readies a sandbox, in the background, so that the
     * first build after start-up does not pay for it.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        if (!settings.enabled()) {
            return;
        }
        if (!sandboxes.available()) {
            log.warn("No DOM for the start check on the classpath (built without the frontend?): "
                    + "versions go live without being started first");
            return;
        }
        executor.execute(() -> {
            long began = System.nanoTime();
            try {
                Optional<String> problem = start(launch(WARM_UP, Map.of())).problem();
                log.info("Start check ready in {} ms{}", (System.nanoTime() - began) / 1_000_000,
                        problem.map(p -> " (the warm-up app did not start: " + p + ")").orElse(""));
            }
            catch (DeploymentException | RuntimeException e) {
                log.warn("The start check could not warm up: {}", e.toString());
            }
        });
    }

}
