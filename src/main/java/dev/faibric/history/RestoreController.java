package dev.faibric.history;

import dev.faibric.generation.Restorer;
import dev.faibric.hosting.AppUrls;
import dev.faibric.project.Project;
import dev.faibric.project.ProjectAccess;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/projects/{id}/versions/{n}/restore}: makes a new version with version
 * {@code n}'s files and deploys it (201 with the new version's number and addresses). 404
 * for a version the project does not have, 409 for the live version or while a build
 * runs, 502 when the restored version could not be deployed (the live one stays).
 */
@RestController
class RestoreController {

    private final ProjectAccess projects;

    private final Restorer restorer;

    private final AppUrls urls;

    RestoreController(ProjectAccess projects, Restorer restorer, AppUrls urls) {
        this.projects = projects;
        this.restorer = restorer;
        this.urls = urls;
    }

    /**
     * @param version the new version
     * @param restoredFrom the version it restored
     * @param url the app's live address, now serving the new version
     * @param versionUrl the new version's own address
     */
    record Restored(int version, int restoredFrom, String url, String versionUrl) {
    }

    @PostMapping({ "/api/projects/{id}/versions/{number}/restore", "/api/projects/{id}/versions/{number}/restore/" })
    ResponseEntity<Restored> restore(@PathVariable long id, @PathVariable int number) {
        Project project = projects.owned(id);
        Restorer.Restore restore = restorer.restore(project, number);
        return switch (restore.outcome()) {
            case RESTORED -> {
                int version = Objects.requireNonNull(restore.version());
                yield ResponseEntity.status(HttpStatus.CREATED)
                    .body(new Restored(version, number, urls.url(project.slug()),
                            urls.versionUrl(project.slug(), version)));
            }
            case NO_SUCH_VERSION -> throw ProjectAccess.noSuchVersion(id, number);
            case ALREADY_LIVE -> throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "Version " + number + " is the live version already.");
            case BUSY -> throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "\"" + project.title() + "\" is being built right now; restore once the build has finished.");
            case FAILED -> throw new ResponseStatusException(HttpStatus.BAD_GATEWAY,
                    "Version " + number + " could not be deployed again; the live version stays. The chat says why.");
        };
    }

}
