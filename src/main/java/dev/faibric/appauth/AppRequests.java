package dev.faibric.appauth;

import dev.faibric.hosting.AppOrigin;
import dev.faibric.project.Project;
import dev.faibric.project.Projects;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which app a request for its sign-in came to, read only from the host it was sent to
 * ({@link AppOrigin}, never from anything the client sent), and its JSON body, read with
 * the platform's strict reader and at most {@value #MAX_BODY} bytes of it.
 */
@Component
class AppRequests {

    static final int MAX_BODY = 16 * 1024;

    private final Projects projects;

    private final JsonMapper json;

    AppRequests(Projects projects, JsonMapper json) {
        this.projects = projects;
        this.json = json;
    }

    /** An app and the origin its pages have. */
    record App(Project project, AppOrigin origin) {

        long id() {
            return project.id();
        }

    }

    /**
     * The app whose origin the request came to.
     * @throws ResponseStatusException 404 on the platform's own host, or for no app
     */
    App app(HttpServletRequest request) {
        AppOrigin origin = AppOrigin.of(request)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "An app's sign-in answers on the app's own host (http://<app>.<apps domain>/_api/auth/...), "
                            + "not on Faibric's."));
        Project project = projects.findBySlug(origin.slug())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "There is no app named " + origin.slug() + "."));
        return new App(project, origin);
    }

    /** The app, for a change that must come from its own pages ({@link AppWrites}). */
    App change(HttpServletRequest request, boolean bodyRequired) {
        App app = app(request);
        AppWrites.check(request, app.origin(), bodyRequired);
        return app;
    }

    /** The request's body as JSON: 400 when it is not, 413 when it is too long. */
    JsonNode body(HttpServletRequest request) {
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        }
        catch (IOException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The request body could not be read.");
        }
        if (bytes.length > MAX_BODY) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                    "A sign-in request may be at most " + MAX_BODY / 1024 + " KB.");
        }
        if (bytes.length == 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The request body is missing.");
        }
        try {
            return json.readTree(bytes);
        }
        catch (JacksonException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, notJson(e));
        }
    }

    private static String notJson(JacksonException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Duplicate")) {
            return "The request body has a key more than once.";
        }
        TokenStreamLocation where = e.getLocation();
        return "The request body is not valid JSON" + (where == null || where.getLineNr() < 1 ? ""
                : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")") + ".";
    }

}
