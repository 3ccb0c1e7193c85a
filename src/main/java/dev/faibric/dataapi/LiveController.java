package dev.faibric.dataapi;

import dev.faibric.data.AppSchema;
import dev.faibric.datastore.AppDataException;
import dev.faibric.datastore.AppDataStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live updates of an app's data on its own origin: {@code GET /_api/live?collections=a,b}
 * is a stream of server-sent events, {@code event: change} after every write to those
 * collections (all of them without the parameter), naming the row but never holding it,
 * so a page reads it again with its own rights.
 */
@RestController
class LiveController {

    private final DataRequests requests;

    private final AppDataStore store;

    private final LiveListeners listeners;

    LiveController(DataRequests requests, AppDataStore store, LiveListeners listeners) {
        this.requests = requests;
        this.store = store;
        this.listeners = listeners;
    }

    @GetMapping("/_api/live")
    SseEmitter live(@RequestParam(required = false) @Nullable String collections, HttpServletRequest request,
            HttpServletResponse response) {
        DataApp app = this.requests.app(request);
        AppSchema schema = this.store.schema(app.projectId())
            .orElseThrow(() -> new AppDataException(AppDataException.Kind.NOT_FOUND, "This app has no data model"));
        Set<String> names = new LinkedHashSet<>();
        if (collections != null && !collections.isBlank()) {
            for (String name : collections.split(",")) {
                String trimmed = name.strip();
                if (schema.collection(trimmed).isEmpty()) {
                    throw new AppDataException(AppDataException.Kind.NOT_FOUND,
                            "This app has no collection \"" + ListParameters.shown(trimmed) + "\"");
                }
                names.add(trimmed);
            }
        }
        // Proxies such as nginx would otherwise hold the events back.
        response.setHeader("X-Accel-Buffering", "no");
        return this.listeners.open(app.projectId(), names);
    }

}
