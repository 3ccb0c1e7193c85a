package dev.faibric.export;

import dev.faibric.project.Project;
import dev.faibric.project.ProjectAccess;
import dev.faibric.project.ProjectVersion;
import dev.faibric.project.ProjectVersions;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/projects/{id}/versions/{n}/export}: the version as a Vite project in a
 * zip ({@code <slug>-v<n>.zip}) that builds with {@code npm ci && npm run build}; 404 for
 * a project the caller does not own or a version it does not have.
 */
@RestController
class ExportController {

    static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final ProjectAccess projects;

    private final ProjectVersions versions;

    private final ProjectExport export;

    ExportController(ProjectAccess projects, ProjectVersions versions, ProjectExport export) {
        this.projects = projects;
        this.versions = versions;
        this.export = export;
    }

    @GetMapping({ "/api/projects/{id}/versions/{number}/export", "/api/projects/{id}/versions/{number}/export/" })
    ResponseEntity<byte[]> export(@PathVariable long id, @PathVariable int number) {
        Project project = projects.owned(id);
        ProjectVersion version = versions.find(id, number).orElseThrow(() -> ProjectAccess.noSuchVersion(id, number));
        return ResponseEntity.ok()
            .contentType(ZIP)
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment()
                        .filename(ProjectExport.folder(project, number) + ".zip")
                        .build()
                        .toString())
            .body(export.zip(project, version));
    }

}
