package dev.faibric.project;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Projects for the UI: the recent list, one project with its files and versions, and
 * deleting one.
 */
@RestController
class ProjectController {

    private static final int RECENT = 50;

    private final ProjectAccess projects;

    private final ProjectVersions versions;

    private final Projects store;

    private final ApplicationEventPublisher events;

    ProjectController(ProjectAccess projects, ProjectVersions versions, Projects store,
            ApplicationEventPublisher events) {
        this.projects = projects;
        this.versions = versions;
        this.store = store;
        this.events = events;
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

    /**
     * Deletes a project for good: its app stops being served, its files, data and users
     * go. Refused (409) while a build of it runs, which would otherwise deploy it again.
     */
    @DeleteMapping({ "/api/projects/{id}", "/api/projects/{id}/" })
    ResponseEntity<Void> delete(@PathVariable long id) {
        Project p = projects.owned(id);
        switch (store.delete(id)) {
            case DELETED -> events.publishEvent(new ProjectDeleted(id, p.slug()));
            case BUILDING -> throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "\"" + p.title() + "\" is being built right now; delete it once the build has finished.");
            case ABSENT -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No project with id " + id);
        }
        return ResponseEntity.noContent().build();
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
