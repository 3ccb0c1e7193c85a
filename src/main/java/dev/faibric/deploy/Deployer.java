package dev.faibric.deploy;

import dev.faibric.project.SourceFile;
import java.util.List;
import java.util.Map;

/**
 * A way to run a version of an app and give it a URL (the seed's static, docker and
 * kubernetes strategies).
 */
public interface Deployer {

    Deployment deploy(AppRelease release) throws DeploymentException;

    /**
     * Shows a version that is still being written at its own preview URL, leaving the
     * live version as it is. The files may include placeholders for modules not written
     * yet.
     */
    Deployment preview(AppRelease release) throws DeploymentException;

    /**
     * What to deploy: one immutable version of one app, and the public variables its
     * owner set for it to read from {@code process.env} and {@code import.meta.env}.
     */
    record AppRelease(String slug, String title, int version, List<SourceFile> files, Map<String, String> variables) {

        public AppRelease {
            variables = Map.copyOf(variables);
        }

        /** A release of an app without variables of its own. */
        public AppRelease(String slug, String title, int version, List<SourceFile> files) {
            this(slug, title, version, files, Map.of());
        }

    }

}
