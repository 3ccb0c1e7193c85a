package dev.faibric.runtime;

import dev.faibric.project.Project;
import dev.faibric.project.ProjectAccess;
import dev.faibric.project.ProjectVersions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the owner's browser saw when it ran a version, {@code POST
 * /api/projects/{id}/versions/{n}/runtime} with {@code {"clean": true}} or
 * {@code {"error": {...}}}, and fixing an error, {@code POST /api/projects/{id}/fix} with
 * {@code {"error": {...}, "version": n}}. The owner's projects only (another's answers
 * 404, as one that does not exist).
 */
@RestController
class RuntimeController {

    private final ProjectAccess projects;

    private final ProjectVersions versions;

    private final RuntimeFixer fixer;

    RuntimeController(ProjectAccess projects, ProjectVersions versions, RuntimeFixer fixer) {
        this.projects = projects;
        this.versions = versions;
        this.fixer = fixer;
    }

    /** Ran clean, or threw this error: one of the two. */
    record RunReport(@Nullable Boolean clean, @Valid @Nullable RuntimeError error) {

        static final String HOW = "Send \\{\"clean\": true\\} or \\{\"error\": \\{\"message\": \"...\", \"stack\": \"...\", "
                + "\"file\": \"App.js\", \"line\": 1, \"column\": 1\\}\\}.";

        @AssertTrue(message = HOW)
        public boolean isOneOfThem() {
            return (clean == null) != (error == null) && (clean == null || clean);
        }

    }

    record Recorded(long project, int version, boolean clean) {
    }

    @PostMapping(
            path = { "/api/projects/{id}/versions/{number}/runtime", "/api/projects/{id}/versions/{number}/runtime/" },
            consumes = MediaType.APPLICATION_JSON_VALUE)
    Recorded runtime(@PathVariable long id, @PathVariable int number, @Valid @RequestBody RunReport body) {
        projects.owned(id);
        RuntimeError error = body.error();
        if (!versions.recordRun(id, number, error == null, error == null ? null : error.summary())) {
            throw ProjectAccess.noSuchVersion(id, number);
        }
        return new Recorded(id, number, error == null);
    }

    /** The error to fix, and the version that threw it (the live one if not given). */
    record FixRequest(@Valid @NotNull(message = "error is required: " + RunReport.HOW) @Nullable RuntimeError error,
            @Min(value = 1, message = "version is a version number, 1 or more.") @Nullable Integer version) {
    }

    record FixStarted(long id, String request, String websocket) {
    }

    @PostMapping(path = { "/api/projects/{id}/fix", "/api/projects/{id}/fix/" },
            consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FixStarted> fix(@PathVariable long id, @Valid @RequestBody FixRequest body) {
        Project project = projects.owned(id);
        RuntimeError error = body.error();
        if (error == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "error is required");
        }
        String request = fixer.fix(project, body.version(), error);
        return ResponseEntity.accepted().body(new FixStarted(id, request, "/ws/project/" + id + "/"));
    }

}
