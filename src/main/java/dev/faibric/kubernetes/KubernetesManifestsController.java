package dev.faibric.kubernetes;

import dev.faibric.project.Project;
import dev.faibric.project.ProjectAccess;
import dev.faibric.project.ProjectVersions;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/projects/{id}/versions/{n}/kubernetes.yaml}: the objects the version
 * runs as on Kubernetes (Secret, Service, Deployment, Ingress) as one YAML download, its
 * secrets' values left empty; 404 for a project the caller does not own or a version it
 * does not have.
 */
@RestController
class KubernetesManifestsController {

    private final ProjectAccess projects;

    private final ProjectVersions versions;

    private final VersionManifests manifests;

    KubernetesManifestsController(ProjectAccess projects, ProjectVersions versions, VersionManifests manifests) {
        this.projects = projects;
        this.versions = versions;
        this.manifests = manifests;
    }

    @GetMapping("/api/projects/{id}/versions/{number}/kubernetes.yaml")
    ResponseEntity<String> manifests(@PathVariable long id, @PathVariable int number) {
        Project project = projects.owned(id);
        versions.find(id, number).orElseThrow(() -> ProjectAccess.noSuchVersion(id, number));
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_YAML)
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment()
                        .filename(project.slug() + "-v" + number + "-kubernetes.yaml")
                        .build()
                        .toString())
            .body(manifests.yaml(project, number));
    }

}
