package dev.faibric.deploy;

import dev.faibric.project.Project;
import dev.faibric.project.ProjectVersion;
import dev.faibric.project.ProjectVersions;
import dev.faibric.project.Projects;
import dev.faibric.secrets.SecretsChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When an owner changes a secret, the app's live server code starts again with it,
 * blue/green like a deploy: the request that changed it returns once the new container is
 * serving (or the old one goes on, if the new one fails, and the log says why).
 */
@Component
class SecretRestarts {

    private static final Logger log = LoggerFactory.getLogger(SecretRestarts.class);

    private final Projects projects;

    private final ProjectVersions versions;

    private final DeploymentOrchestrator deployments;

    SecretRestarts(Projects projects, ProjectVersions versions, DeploymentOrchestrator deployments) {
        this.projects = projects;
        this.versions = versions;
        this.deployments = deployments;
    }

    @EventListener
    void onSecretsChanged(SecretsChanged changed) {
        Project project = projects.find(changed.projectId()).orElse(null);
        if (project == null) {
            return;
        }
        ProjectVersion live = versions.current(project).orElse(null);
        if (live == null) {
            return;
        }
        try {
            deployments.restartServer(project.id(), project.slug(), project.title(), live.number(), live.files(),
                    DeployLog.NONE);
        }
        catch (DeploymentException e) {
            log.warn("The server of {} did not restart with its new secrets; the running one goes on: {}",
                    project.slug(), e.getMessage());
        }
    }

}
