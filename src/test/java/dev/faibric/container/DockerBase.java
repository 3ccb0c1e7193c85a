package dev.faibric.container;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The Docker tier's base image on the local engine, assembled by the project's own script
 * from this machine's Node.js when it is missing (nothing is pulled).
 */
public final class DockerBase {

    private DockerBase() {
    }

    public static synchronized void ensure() {
        try {
            Process process = new ProcessBuilder(
                    Path.of("deploy/docker/node-base-image.sh").toAbsolutePath().toString())
                .redirectErrorStream(true)
                .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("The Docker tier's tests need a Docker engine and the base image; "
                        + "deploy/docker/node-base-image.sh said: " + output);
            }
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
