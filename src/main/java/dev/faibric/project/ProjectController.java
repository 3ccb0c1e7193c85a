package dev.faibric.project;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read access to projects for the UI: the recent list and one project with its files and
 * versions.
 */
@RestController
class ProjectController {

    private static final int RECENT = 50;

    private final ProjectAccess projects;

    private final ProjectVersions versions;

    ProjectController(ProjectAccess projects, ProjectVersions versions) {
        this.projects = projects;
        this.versions = versions;
    }

    @GetMapping({ "/api/projects", "/api/projects/" })
    List<ProjectView> list() {
        return projects.recent(RECENT).stream().map(ProjectView::of).toList();
    }

    @GetMapping({ "/api/projects/{id}", "/api/projects/{id}/" })
    ProjectDetail get(@PathVariable long id) {
        Project p = projects.owned(id);
        List<SourceFile> files = versions.current(p).map(ProjectVersion::files).orElse(List.of());
        return new ProjectDetail(p.id(), p.slug(), p.title(), p.prompt(), p.appType(), p.requiresBackend(),
                p.reusedComponents(), p.status().wire(), p.currentVersion(), p.url(), p.createdAt(), p.updatedAt(),
                files, versions.list(id));
    }

    record ProjectView(long id, String slug, String title, String prompt, AppType appType, boolean requiresBackend,
            List<String> reusedComponents, String status, @Nullable Integer currentVersion, @Nullable String url,
            Instant createdAt, Instant updatedAt) {

        static ProjectView of(Project p) {
            return new ProjectView(p.id(), p.slug(), p.title(), p.prompt(), p.appType(), p.requiresBackend(),
                    p.reusedComponents(), p.status().wire(), p.currentVersion(), p.url(), p.createdAt(), p.updatedAt());
        }
    }

    /** The list view's fields plus the current files and the version history. */
    record ProjectDetail(long id, String slug, String title, String prompt, AppType appType, boolean requiresBackend,
            List<String> reusedComponents, String status, @Nullable Integer currentVersion, @Nullable String url,
            Instant createdAt, Instant updatedAt, List<SourceFile> files,
            List<ProjectVersions.VersionSummary> versions) {
    }

}
