package dev.faibric.appauth;

import dev.faibric.hosting.AppOrigin;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a change on an app's origin (sign-in, sign-out, a write to the app's data) must
 * show: that it comes from the app's own pages, and that it is JSON. All apps are served
 * on subdomains of one domain, so they are the same site and their cookies would go along
 * with a request one app's page sends to another; the browser's {@code Origin} and
 * {@code Sec-Fetch-Site} headers say where it came from, and a form on another page
 * cannot send {@code application/json}.
 */
public final class AppWrites {

    private AppWrites() {
    }

    /**
     * Refuses a change from anywhere but the app's own origin (403) and one that is not
     * JSON (415).
     * @param bodyRequired whether the change has a body (a DELETE need not)
     */
    public static void check(HttpServletRequest request, AppOrigin app, boolean bodyRequired) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null && !origin.equalsIgnoreCase(app.origin())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Changes to this app are accepted only from its"
                    + " own pages (" + app.origin() + "); this one came from " + shown(origin) + ".");
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Changes to this app are accepted only from its"
                    + " own pages (" + app.origin() + "); this one came from a " + shown(site) + " page.");
        }
        if (bodyRequired && !json(request.getContentType())) {
            throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Send the request as JSON (Content-Type: application/json); it was sent with "
                            + (request.getContentType() == null ? "no Content-Type"
                                    : "Content-Type " + shown(request.getContentType()))
                            + ".");
        }
    }

    private static boolean json(@Nullable String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.getType().equals("application") && type.getSubtype().equals("json");
        }
        catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** A header's value as a refusal quotes it: short, and only printable ASCII. */
    private static String shown(String value) {
        String printable = value.replaceAll("[^\\x20-\\x7e]", "?");
        return (printable.length() > 80 ? printable.substring(0, 80) + "…" : printable).toLowerCase(Locale.ROOT);
    }

}
