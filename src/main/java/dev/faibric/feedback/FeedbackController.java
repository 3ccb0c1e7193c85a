package dev.faibric.feedback;

import dev.faibric.library.Library;
import dev.faibric.project.Project;
import dev.faibric.project.ProjectVersion;
import dev.faibric.project.Projects;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/projects/{id}/versions/{n}/feedback} with {@code {"thumbs": "up"}} or
 * {@code {"rating": 4}}: stored on the version, and passed to the code library, which
 * updates the success rate and rating of what the version reused and learns components
 * from well-rated apps.
 */
@RestController
class FeedbackController {

    private final Projects projects;

    private final Library library;

    FeedbackController(Projects projects, Library library) {
        this.projects = projects;
        this.library = library;
    }

    record Feedback(@Nullable String thumbs, @Nullable Integer rating) {
    }

    record Recorded(long project, int version, int rating, int componentsLearned) {
    }

    @PostMapping(path = { "/api/projects/{id}/versions/{number}/feedback",
            "/api/projects/{id}/versions/{number}/feedback/" }, consumes = MediaType.APPLICATION_JSON_VALUE)
    Recorded feedback(@PathVariable long id, @PathVariable int number, @RequestBody Feedback body) {
        int rating = rating(body);
        Project project = projects.find(id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No project with id " + id));
        ProjectVersion version = projects.version(id, number)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "Project " + id + " has no version " + number));
        Integer previous = projects.rateVersion(id, number, rating).orElse(null);
        library.rate(project.reusedComponents(), rating, previous);
        int learned = library.learnFrom(project.id(), project.title(), project.appType(), version.files(), rating);
        return new Recorded(id, number, rating, learned);
    }

    private static int rating(Feedback body) {
        if (body.thumbs() != null && body.rating() != null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Send either thumbs or rating, not both.");
        }
        if (body.thumbs() != null) {
            return switch (body.thumbs().strip().toLowerCase(Locale.ROOT)) {
                case "up" -> 5;
                case "down" -> 1;
                default ->
                    throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "thumbs must be \"up\" or \"down\".");
            };
        }
        if (body.rating() == null || body.rating() < 1 || body.rating() > 5) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Send {\"thumbs\": \"up\"} or {\"thumbs\": \"down\"}, or {\"rating\": 1 to 5}.");
        }
        return body.rating();
    }

}
