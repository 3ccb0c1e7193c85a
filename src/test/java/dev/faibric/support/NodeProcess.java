package dev.faibric.support;

import dev.faibric.FaibricApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A node of the cluster in a JVM of its own (the test's Java and class path), so that it
 * can be killed the way a crashed or OOM-killed server dies: SIGKILL, no shutdown hooks,
 * no goodbyes. Its output goes to a file, printed by {@link #printLog} when a test fails.
 */
public final class NodeProcess implements AutoCloseable {

    private final String name;

    private final int port;

    private final Path log;

    private final Process process;

    private NodeProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /**
     * Launches {@code FaibricApplication} with these arguments on a free port; see
     * {@link #awaitUp}.
     */
    public static NodeProcess start(String name, List<String> arguments) {
        try {
            int port = freePort();
            Path log = Files.createTempFile("faibric-" + name + "-", ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--enable-native-access=ALL-UNNAMED", "-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), FaibricApplication.class.getName(),
                    "--server.port=" + port, "--management.info.process.enabled=true"));
            command.addAll(arguments);
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
            NodeProcess node = new NodeProcess(name, port, log, process);
            // Should the test JVM end without its @AfterAll, the node goes with it.
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            return node;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final java.util.Set<Integer> HANDED_OUT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * A port nothing listens on, and not one already given to another node of this test
     * run.
     */
    private static int freePort() throws IOException {
        while (true) {
            try (ServerSocket free = new ServerSocket(0)) {
                if (HANDED_OUT.add(free.getLocalPort())) {
                    return free.getLocalPort();
                }
            }
        }
    }

    /**
     * Waits until {@code /actuator/health} says UP and {@code /actuator/info} names this
     * process (not some other server that took the port); fails at once if the process
     * ended.
     */
    public NodeProcess awaitUp(Duration timeout) {
        Api api = api();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                printLog();
                throw new AssertionError(name + " exited with " + process.exitValue() + " before it was up");
            }
            try {
                Api.Response health = api.get("/actuator/health");
                if (health.status() == 200 && health.body().contains("\"status\":\"UP\"")) {
                    long pid = api.get("/actuator/info").json().path("process").path("pid").asLong();
                    if (pid != process.pid()) {
                        printLog();
                        throw new AssertionError(name + "'s port " + port + " is served by process " + pid + ", not by "
                                + process.pid());
                    }
                    return this;
                }
            }
            catch (UncheckedIOException notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(250);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        printLog();
        throw new AssertionError(name + " was not up within " + timeout);
    }

    public Api api() {
        return new Api("http://localhost:" + port);
    }

    /** SIGKILL, and waits until the process is gone. */
    public void kill() {
        if (!process.isAlive()) {
            printLog();
            throw new AssertionError(name + " had already exited with " + process.exitValue());
        }
        killQuietly();
    }

    /**
     * Stops the node as an operator does (SIGTERM: Spring shuts down in order, the
     * database is closed), and waits until it is gone.
     */
    public void stop(Duration timeout) {
        process.destroy();
        try {
            if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                printLog();
                throw new AssertionError(name + " did not stop within " + timeout);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The port the node listens on. */
    public int port() {
        return port;
    }

    private void killQuietly() {
        process.destroyForcibly();
        try {
            process.waitFor();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public void printLog() {
        try {
            System.out.println("===== output of node " + name + " (" + log + ") =====");
            System.out.println(Files.readString(log, StandardCharsets.UTF_8));
            System.out.println("===== end of " + name + " =====");
        }
        catch (IOException e) {
            System.out.println("could not read " + log + ": " + e);
        }
    }

    /**
     * Kills the node if it still runs, and deletes its output (print it first if it is
     * wanted).
     */
    @Override
    public void close() {
        killQuietly();
        try {
            Files.deleteIfExists(log);
        }
        catch (IOException ignored) {
            // a temporary file
        }
    }

}
