package dev.faibric.generation.web;

import dev.faibric.account.CurrentAccount;
import dev.faibric.generation.AppGenerator;
import dev.faibric.project.AppType;
import dev.faibric.project.Project;
import jakarta.validation.Valid;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v2/generate/}: the seed's entry point, a prompt in, a project to watch
 * out.
 */
@RestController
class GenerateController {

    private final AppGenerator generator;

    private final CurrentAccount account;

    GenerateController(AppGenerator generator, CurrentAccount account) {
        this.generator = generator;
        this.account = account;
    }

    record GenerateRequest(@RequestText(what = "prompt",
            example = "describe the app you want, e.g. \"a tip calculator\"") @Nullable String prompt) {
    }

    record GenerateResponse(long id, String slug, String title, AppType appType, String websocket) {
    }

    @PostMapping(path = { "/api/v2/generate", "/api/v2/generate/" }, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<GenerateResponse> generate(@Valid @RequestBody GenerateRequest request) {
        Project project = generator.start(String.valueOf(request.prompt()).strip(), account.id());
        return ResponseEntity.created(URI.create("/api/projects/" + project.id() + "/"))
            .body(new GenerateResponse(project.id(), project.slug(), project.title(), project.appType(),
                    "/ws/project/" + project.id() + "/"));
    }

}
