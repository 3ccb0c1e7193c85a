package dev.faibric.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Programs an exported project is built and run with (npm, node), in its folder, their
 * output and error output together in a file so that nothing blocks on a full pipe.
 */
public final class Commands {

    private Commands() {
    }

    /** What a finished command did, and how long it took. */
    public record Result(List<String> command, int exitCode, String output, Duration took) {

        @Override
        public String toString() {
            return String.join(" ", command) + " exited with " + exitCode + " after " + took.toMillis() + " ms:\n"
                    + output;
        }

    }

    /** Runs the command to its end (at most {@code timeout}, then it is killed). */
    public static Result run(Path directory, Duration timeout, String... command) {
        long started = System.nanoTime();
        Path log = logFile();
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stop(process);
                throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout + ":\n"
                        + Files.readString(log));
            }
            return new Result(List.of(command), process.exitValue(), Files.readString(log),
                    Duration.ofNanos(System.nanoTime() - started));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        finally {
            log.toFile().delete();
        }
    }

    /** Starts a long-running command with these extra environment variables. */
    public static Process start(Path directory, Map<String, String> environment, Path log, String... command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            return builder.start();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends a process this test started, and whatever it started. */
    public static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    public static int freePort() {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path logFile() {
        try {
            return Files.createTempFile("faibric-export-", ".log");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
