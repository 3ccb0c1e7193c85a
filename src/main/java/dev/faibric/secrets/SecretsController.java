package dev.faibric.secrets;

import dev.faibric.project.ProjectAccess;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A project's secrets, one at a time: listed by name and date, set (a new one or a
 * replacement) and deleted. A value goes in and never comes out: no answer, error or log
 * line holds one. A change restarts the app's running server code with them (see
 * {@link SecretsChanged}).
 */
@RestController
class SecretsController {

    private final ProjectAccess projects;

    private final ProjectSecrets secrets;

    private final ApplicationEventPublisher events;

    SecretsController(ProjectAccess projects, ProjectSecrets secrets, ApplicationEventPublisher events) {
        this.projects = projects;
        this.secrets = secrets;
        this.events = events;
    }

    record SecretsView(List<SecretName> secrets) {
    }

    record SecretRequest(@Nullable String value) {
    }

    @GetMapping({ "/api/projects/{id}/secrets", "/api/projects/{id}/secrets/" })
    SecretsView list(@PathVariable long id) {
        this.projects.owned(id);
        return new SecretsView(this.secrets.names(id));
    }

    /** Sets one secret: 204, as the value is never sent back. */
    @PutMapping(path = { "/api/projects/{id}/secrets/{name}", "/api/projects/{id}/secrets/{name}/" },
            consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> put(@PathVariable long id, @PathVariable String name,
            @RequestBody @Nullable SecretRequest request) {
        this.projects.owned(id);
        if (request == null || request.value() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Send the secret's value as JSON: {\"value\": \"…\"}.");
        }
        try {
            this.secrets.put(id, name, request.value());
        }
        catch (ProjectSecrets.Refused refused) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, refused.getMessage());
        }
        this.events.publishEvent(new SecretsChanged(id));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping({ "/api/projects/{id}/secrets/{name}", "/api/projects/{id}/secrets/{name}/" })
    ResponseEntity<Void> delete(@PathVariable long id, @PathVariable String name) {
        this.projects.owned(id);
        if (!this.secrets.delete(id, name)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "This project has no secret named "
                    + (name.length() > 64 ? name.substring(0, 64) + "…" : name) + ".");
        }
        this.events.publishEvent(new SecretsChanged(id));
        return ResponseEntity.noContent().build();
    }

}
