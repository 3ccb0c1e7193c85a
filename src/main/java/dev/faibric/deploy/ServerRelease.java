package dev.faibric.deploy;

import java.util.Map;

/**
 * One version of an app's server code, ready to run: the files of its image (transpiled
 * modules, the runtime's bootstrap, a {@code package.json}) by path, and what its
 * container reads from its environment. The secrets are the owner's: they go to the
 * container's environment only, never into a log, an event or an image.
 */
public record ServerRelease(long projectId, String slug, int version, Map<String, byte[]> files,
        Map<String, String> environment, Map<String, String> secrets) {

    public ServerRelease {
        files = Map.copyOf(files);
        environment = Map.copyOf(environment);
        secrets = Map.copyOf(secrets);
    }

    /** The name every container, image and Kubernetes object of this app starts with. */
    public String name() {
        return "faibric-app-" + slug;
    }

    @Override
    public String toString() {
        return "ServerRelease[" + slug + " v" + version + ", " + files.size() + " files, secrets " + secrets.keySet()
                + "]";
    }

}
