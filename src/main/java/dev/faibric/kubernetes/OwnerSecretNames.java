package dev.faibric.kubernetes;

import dev.faibric.secrets.ProjectSecrets;
import dev.faibric.secrets.SecretName;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/** The keys of an app's Secret: the server key and every secret its owner has set. */
@Component
class OwnerSecretNames implements SecretNames {

    private final ProjectSecrets secrets;

    OwnerSecretNames(ProjectSecrets secrets) {
        this.secrets = secrets;
    }

    @Override
    public Set<String> of(long projectId) {
        Set<String> names = new TreeSet<>(Set.of(SERVER_KEY));
        secrets.names(projectId).stream().map(SecretName::name).forEach(names::add);
        return names;
    }

}
