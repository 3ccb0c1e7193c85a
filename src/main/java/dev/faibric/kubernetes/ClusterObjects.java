package dev.faibric.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** An app's objects in the apps' namespace: read as they are, applied, deleted. */
final class ClusterObjects {

    private final KubernetesClient client;

    private final String namespace;

    ClusterObjects(KubernetesClient client, String namespace) {
        this.client = client;
        this.namespace = namespace;
    }

    /**
     * The app's objects as they run now, ready to be applied again (without what the
     * cluster added: status, resource versions, ids), in the order they are applied;
     * nothing when the app has no Deployment.
     */
    List<HasMetadata> live(String name) {
        Deployment deployment = client.apps().deployments().inNamespace(namespace).withName(name).get();
        if (deployment == null) {
            return List.of();
        }
        deployment.setStatus(null);
        List<HasMetadata> objects = new ArrayList<>();
        Secret secret = client.secrets().inNamespace(namespace).withName(AppManifests.secretName(name)).get();
        Service service = client.services().inNamespace(namespace).withName(name).get();
        Ingress ingress = client.network().v1().ingresses().inNamespace(namespace).withName(name).get();
        if (service != null) {
            service.setStatus(null);
        }
        if (ingress != null) {
            ingress.setStatus(null);
        }
        for (HasMetadata object : new HasMetadata[] { secret, service, deployment, ingress }) {
            if (object != null) {
                object.setMetadata(fresh(object.getMetadata()));
                objects.add(object);
            }
        }
        return objects;
    }

    /** The version a live Deployment runs, from its annotation. */
    static Optional<String> version(List<HasMetadata> objects) {
        return objects.stream()
            .filter(Deployment.class::isInstance)
            .map(d -> Objects.requireNonNullElse(d.getMetadata().getAnnotations(), Map.<String, String>of())
                .get(AppManifests.VERSION_ANNOTATION))
            .filter(Objects::nonNull)
            .findFirst();
    }

    /** Creates each object, or replaces the one of its kind and name. */
    void apply(List<HasMetadata> objects) {
        for (HasMetadata object : objects) {
            client.resource(object).inNamespace(namespace).createOr(NonDeletingOperation::update);
        }
    }

    /** Deletes the app's Ingress, Service, Deployment and Secret, those that exist. */
    void delete(String name) {
        client.network().v1().ingresses().inNamespace(namespace).withName(name).delete();
        client.services().inNamespace(namespace).withName(name).delete();
        client.apps().deployments().inNamespace(namespace).withName(name).delete();
        client.secrets().inNamespace(namespace).withName(AppManifests.secretName(name)).delete();
    }

    private static ObjectMeta fresh(ObjectMeta live) {
        return new ObjectMetaBuilder().withName(live.getName())
            .withLabels(live.getLabels())
            .withAnnotations(live.getAnnotations())
            .build();
    }

}
