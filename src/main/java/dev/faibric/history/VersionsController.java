package dev.faibric.history;

import dev.faibric.hosting.AppUrls;
import dev.faibric.project.Project;
import dev.faibric.project.ProjectAccess;
import dev.faibric.project.ProjectVersion;
import dev.faibric.project.ProjectVersions;
import dev.faibric.project.ProjectVersions.VersionSummary;
import dev.faibric.project.SourceFile;
import dev.faibric.web.InputText;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A project's versions: {@code GET /api/projects/{id}/versions} lists them newest first,
 * {@code GET .../versions/{n}/} is one with its files, and {@code PUT|DELETE
 * .../versions/{n}/bookmark} names it or takes its name away. Only the project's owner
 * sees them (404 for anyone else, as for a project that does not exist).
 */
@RestController
class VersionsController {

    /** The longest bookmark name. */
    static final int BOOKMARK_LENGTH = 80;

    private final ProjectAccess projects;

    private final ProjectVersions versions;

    private final AppUrls urls;

    VersionsController(ProjectAccess projects, ProjectVersions versions, AppUrls urls) {
        this.projects = projects;
        this.versions = versions;
        this.urls = urls;
    }

    @GetMapping({ "/api/projects/{id}/versions", "/api/projects/{id}/versions/" })
    List<VersionView> list(@PathVariable long id) {
        Project project = projects.owned(id);
        return versions.list(id).stream().map(summary -> view(project, summary, null)).toList();
    }

    @GetMapping({ "/api/projects/{id}/versions/{number}", "/api/projects/{id}/versions/{number}/" })
    VersionView get(@PathVariable long id, @PathVariable int number) {
        Project project = projects.owned(id);
        ProjectVersion version = versions.find(id, number).orElseThrow(() -> ProjectAccess.noSuchVersion(id, number));
        return view(project, summary(id, number), version.files());
    }

    record Bookmark(@Nullable String name) {
    }

    @PutMapping(path = { "/api/projects/{id}/versions/{number}/bookmark",
            "/api/projects/{id}/versions/{number}/bookmark/" }, consumes = MediaType.APPLICATION_JSON_VALUE)
    VersionView bookmark(@PathVariable long id, @PathVariable int number, @RequestBody Bookmark body) {
        Project project = projects.owned(id);
        String name = Objects.requireNonNullElse(body.name(), "").strip();
        String problem = name.isEmpty() ? InputText.INVISIBLE : InputText.problem(name);
        if (problem != null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "The bookmark's name " + problem + " Send {\"name\": \"Before the redesign\"}.");
        }
        if (name.length() > BOOKMARK_LENGTH) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A bookmark's name may be at most "
                    + BOOKMARK_LENGTH + " characters; this one has " + name.length() + ".");
        }
        if (!versions.bookmark(id, number, name)) {
            throw ProjectAccess.noSuchVersion(id, number);
        }
        return view(project, summary(id, number), null);
    }

    @DeleteMapping({ "/api/projects/{id}/versions/{number}/bookmark",
            "/api/projects/{id}/versions/{number}/bookmark/" })
    ResponseEntity<Void> removeBookmark(@PathVariable long id, @PathVariable int number) {
        projects.owned(id);
        if (!versions.bookmark(id, number, null)) {
            throw ProjectAccess.noSuchVersion(id, number);
        }
        return ResponseEntity.noContent().build();
    }

    private VersionSummary summary(long id, int number) {
        return versions.summary(id, number).orElseThrow(() -> ProjectAccess.noSuchVersion(id, number));
    }

    private VersionView view(Project project, VersionSummary summary, @Nullable List<SourceFile> files) {
        boolean live = Objects.equals(project.currentVersion(), summary.number());
        return VersionView.of(summary, live, urls.versionUrl(project.slug(), summary.number()), files);
    }

}
