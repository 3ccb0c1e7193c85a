package dev.faibric.kubernetes;

import java.util.Set;

/**
 * The names of the secrets an app's server code is given (never their values): the keys
 * of the Secret in the app's downloadable manifests. A bean of this type replaces the
 * default, which knows only the key every app's server has, {@value #SERVER_KEY}.
 */
@FunctionalInterface
public interface SecretNames {

    String SERVER_KEY = "FAIBRIC_SERVER_KEY";

    SecretNames SERVER_KEY_ONLY = projectId -> Set.of(SERVER_KEY);

    Set<String> of(long projectId);

}
