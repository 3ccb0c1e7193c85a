package dev.faibric.feedback;

import dev.faibric.library.LibraryLearning;
import dev.faibric.project.Project;
import dev.faibric.project.ProjectAccess;
import dev.faibric.project.ProjectVersion;
import dev.faibric.project.ProjectVersions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/projects/{id}/versions/{n}/feedback} with {@code {"thumbs": "up"}} or
 * {@code {"rating": 4}}: stored on the version, and passed to the code library, which
 * updates the success rate and rating of what the version reused and learns components
 * from well-rated apps.
 */
@RestController
class FeedbackController {

    private final ProjectAccess projects;

    private final ProjectVersions versions;

    private final LibraryLearning library;

    FeedbackController(ProjectAccess projects, ProjectVersions versions, LibraryLearning library) {
        this.projects = projects;
        this.versions = versions;
        this.library = library;
    }

    /** Thumbs up or down, or a rating of 1 to 5: one of the two. */
    record Feedback(
            @Nullable @Pattern(regexp = "\\s*(?i:up|down)\\s*",
                    message = "thumbs must be \"up\" or \"down\".") String thumbs,
            @Nullable @Min(value = 1, message = HOW) @Max(value = 5, message = HOW) Integer rating) {

        static final String HOW = "Send \\{\"thumbs\": \"up\"\\} or \\{\"thumbs\": \"down\"\\}, or \\{\"rating\": 1 to 5\\}.";

        @AssertTrue(message = HOW)
        public boolean isGiven() {
            return thumbs != null || rating != null;
        }

        @AssertTrue(message = "Send either thumbs or rating, not both.")
        public boolean isNotBoth() {
            return thumbs == null || rating == null;
        }

        int stars() {
            if (thumbs != null) {
                return thumbs.strip().equalsIgnoreCase("up") ? 5 : 1;
            }
            return rating == null ? 0 : rating;
        }

    }

    record Recorded(long project, int version, int rating, int componentsLearned) {
    }

    @PostMapping(path = { "/api/projects/{id}/versions/{number}/feedback",
            "/api/projects/{id}/versions/{number}/feedback/" }, consumes = MediaType.APPLICATION_JSON_VALUE)
    Recorded feedback(@PathVariable long id, @PathVariable int number, @Valid @RequestBody Feedback body) {
        int rating = body.stars();
        Project project = projects.owned(id);
        ProjectVersion version = versions.find(id, number).orElseThrow(() -> ProjectAccess.noSuchVersion(id, number));
        Integer previous = versions.rate(id, number, rating).orElse(null);
        library.rate(project.reusedComponents(), rating, previous);
        int learned = library.learnFrom(project.id(), project.ownerId(), project.title(), project.appType(),
                version.files(), rating);
        return new Recorded(id, number, rating, learned);
    }

}
