package dev.faibric.generation;

import dev.faibric.project.Project;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/v2/generate/}: the seed's entry point, a prompt in, a project to watch
 * out.
 */
@RestController
class GenerateController {

    private final AppGenerator generator;

    private final GenerationSettings settings;

    GenerateController(AppGenerator generator, GenerationSettings settings) {
        this.generator = generator;
        this.settings = settings;
    }

    record GenerateRequest(@Nullable String prompt) {
    }

    record GenerateResponse(long id, String slug, String title, String appType, String websocket) {
    }

    @PostMapping(path = { "/api/v2/generate", "/api/v2/generate/" }, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<GenerateResponse> generate(@RequestBody GenerateRequest request) {
        String prompt = request.prompt() == null ? "" : request.prompt().strip();
        if (prompt.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "The prompt is empty: describe the app you want, e.g. \"a tip calculator\".");
        }
        if (prompt.length() > settings.promptMaxLength()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The prompt has " + prompt.length()
                    + " characters; the limit is " + settings.promptMaxLength() + ".");
        }
        Project project = generator.start(prompt);
        return ResponseEntity.created(URI.create("/api/projects/" + project.id() + "/"))
            .body(new GenerateResponse(project.id(), project.slug(), project.title(), project.appType(),
                    "/ws/project/" + project.id() + "/"));
    }

}
