package dev.faibric.deploy;

import java.util.Map;

/** The owner's secrets for an app's server code, by name: its container's environment. */
@FunctionalInterface
public interface ServerSecrets {

    Map<String, String> of(long projectId);

}
