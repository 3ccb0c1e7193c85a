package dev.faibric.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A project's public variables: what its app reads from {@code process.env} and
 * {@code import.meta.env}. Replaced as a whole; a new set applies from the next version
 * (a change or a new generation), as a bundler's would from the next build.
 */
@RestController
class PublicVariablesController {

    static final String NOTE = "Every visitor of the app can read these values; they apply from the next version.";

    private final ProjectAccess projects;

    private final PublicVariables variables;

    PublicVariablesController(ProjectAccess projects, PublicVariables variables) {
        this.projects = projects;
        this.variables = variables;
    }

    record VariablesView(Map<String, String> variables, String note) {
    }

    record VariablesRequest(@NotNull(
            message = "Send the variables as an object: \\{\"variables\": \\{\"VITE_API_URL\": \"https://…\"\\}\\}.") Map<String, String> variables) {
    }

    @GetMapping({ "/api/projects/{id}/environment", "/api/projects/{id}/environment/" })
    VariablesView get(@PathVariable long id) {
        projects.owned(id);
        return new VariablesView(variables.of(id), NOTE);
    }

    @PutMapping(path = { "/api/projects/{id}/environment", "/api/projects/{id}/environment/" },
            consumes = MediaType.APPLICATION_JSON_VALUE)
    VariablesView replace(@PathVariable long id, @Valid @RequestBody VariablesRequest request) {
        projects.owned(id);
        List<String> problems = PublicVariables.problems(request.variables());
        if (!problems.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, String.join("; ", problems) + ".");
        }
        variables.replace(id, request.variables());
        return new VariablesView(new TreeMap<>(request.variables()), NOTE);
    }

}
