package dev.faibric.generation.web;

import dev.faibric.generation.AppGenerator;
import dev.faibric.project.ProjectAccess;
import jakarta.validation.Valid;
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
 * {@code POST /api/v2/projects/{id}/modify/}: the seed's change request, the same as a
 * chat message.
 */
@RestController
class ModifyController {

    private final AppGenerator generator;

    private final ProjectAccess projects;

    ModifyController(AppGenerator generator, ProjectAccess projects) {
        this.generator = generator;
        this.projects = projects;
    }

    record ModifyRequest(@RequestText(what = "change request",
            example = "say what to change, e.g. {\"request\": \"make the header blue\"}") @Nullable String request) {
    }

    record ModifyResponse(long id, String websocket) {
    }

    @PostMapping(path = { "/api/v2/projects/{id}/modify", "/api/v2/projects/{id}/modify/" },
            consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ModifyResponse> modify(@PathVariable long id, @Valid @RequestBody ModifyRequest body) {
        projects.owned(id);
        generator.modify(id, String.valueOf(body.request()).strip()).ifPresent(refusal -> {
            throw switch (refusal) {
                case UNKNOWN_PROJECT -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No project with id " + id);
                case BUSY -> new ResponseStatusException(HttpStatus.CONFLICT,
                        "Project " + id + " is still building; send the change again when it is deployed.");
            };
        });
        return ResponseEntity.accepted().body(new ModifyResponse(id, "/ws/project/" + id + "/"));
    }

}
