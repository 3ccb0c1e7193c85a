package dev.faibric.deploy;

import dev.faibric.hosting.HostedApps;
import dev.faibric.project.ProjectDeleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Takes a deleted project's app off the apps volume (every deployed version and preview
 * this module wrote there) and off every server tier (its containers and images, its
 * Kubernetes objects). Here rather than in hosting, which the project module reaches
 * through the accounts module, so hosting cannot listen to projects without a cycle. The
 * project is gone whatever happens here, so a failure is logged, not thrown.
 */
@Component
class RemovedApps {

    private static final Logger log = LoggerFactory.getLogger(RemovedApps.class);

    private final HostedApps apps;

    private final DeploymentOrchestrator deployments;

    RemovedApps(HostedApps apps, DeploymentOrchestrator deployments) {
        this.apps = apps;
        this.deployments = deployments;
    }

    @EventListener
    void onProjectDeleted(ProjectDeleted deleted) {
        try {
            apps.remove(deleted.slug());
        }
        catch (RuntimeException e) {
            log.warn("Could not remove the files of deleted project {} ({})", deleted.projectId(), deleted.slug(), e);
        }
        // Its server code, on every tier: containers, images, Kubernetes objects.
        deployments.remove(deleted.slug());
    }

}
