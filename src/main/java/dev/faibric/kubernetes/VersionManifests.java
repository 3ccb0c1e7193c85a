package dev.faibric.kubernetes;

import dev.faibric.deploy.ServerRelease;
import dev.faibric.hosting.HostingSettings;
import dev.faibric.project.Project;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A version's Kubernetes objects as YAML, for anyone to apply to a cluster of their own,
 * whatever this Faibric deploys with: the image {@code faibric-app-<slug>:v<n>} (under
 * the registry, if one is set), {@code FAIBRIC_DATA_URL} the platform's Service in the
 * apps' namespace, {@code FAIBRIC_APP_HOST} the app's host, and the Secret's keys with
 * empty values.
 */
@Component
public class VersionManifests {

    private final KubernetesSettings settings;

    private final String appsDomain;

    private final SecretNames secretNames;

    @Autowired
    VersionManifests(KubernetesSettings settings, HostingSettings hosting, ObjectProvider<SecretNames> secretNames) {
        this(settings, hosting.appsDomain(), secretNames.getIfAvailable(() -> SecretNames.SERVER_KEY_ONLY));
    }

    public VersionManifests(KubernetesSettings settings, String appsDomain, SecretNames secretNames) {
        this.settings = settings;
        this.appsDomain = appsDomain;
        this.secretNames = secretNames;
    }

    public String yaml(Project project, int version) {
        return manifests(project, version).yaml();
    }

    AppManifests manifests(Project project, int version) {
        ServerRelease release = release(project, version);
        return AppManifests.of(release, settings.image(release.name() + ":v" + version), settings, appsDomain);
    }

    /** The version as a release without files, its secrets named but empty. */
    ServerRelease release(Project project, int version) {
        Map<String, String> environment = Map.of("FAIBRIC_DATA_URL", settings.platformUrl(), "FAIBRIC_APP_HOST",
                project.slug() + "." + appsDomain);
        Map<String, String> secrets = new TreeMap<>();
        secretNames.of(project.id()).forEach(name -> secrets.put(name, ""));
        return new ServerRelease(project.id(), project.slug(), version, Map.of(), environment, secrets);
    }

}
