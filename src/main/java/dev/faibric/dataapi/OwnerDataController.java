package dev.faibric.dataapi;

import dev.faibric.appauth.AppUserDirectory;
import dev.faibric.appauth.AppUserEntry;
import dev.faibric.data.AppSchema;
import dev.faibric.data.Collection;
import dev.faibric.datastore.AppDataException;
import dev.faibric.datastore.AppDataStore;
import dev.faibric.datastore.RowQuery;
import dev.faibric.project.ProjectAccess;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The owner's view of an app's data, on the platform ({@code /api/projects/{id}/data...},
 * the project's owner only): its collections with their counts, what is kept hidden,
 * every row of a collection, deleting rows, exporting a collection as JSON or CSV, and
 * the app's users.
 */
@RestController
class OwnerDataController {

    private final ProjectAccess projects;

    private final AppDataStore store;

    private final RowJson json;

    private final DataExport export;

    private final DataChanges changes;

    private final AppUserDirectory users;

    private final JsonMapper mapper;

    OwnerDataController(ProjectAccess projects, AppDataStore store, RowJson json, DataExport export,
            DataChanges changes, AppUserDirectory users, JsonMapper mapper) {
        this.projects = projects;
        this.store = store;
        this.json = json;
        this.export = export;
        this.changes = changes;
        this.users = users;
        this.mapper = mapper;
    }

    record CollectionView(String name, long count, List<FieldView> fields) {
    }

    record FieldView(String name, String type) {
    }

    record DataView(JsonNode schema, List<CollectionView> collections, long users, List<String> hidden) {
    }

    record UserView(long id, String email, String name, boolean admin, Instant createdAt) {
    }

    record UsersView(List<UserView> items, long total) {
    }

    @GetMapping({ "/api/projects/{id}/data", "/api/projects/{id}/data/" })
    DataView data(@PathVariable long id) {
        long project = this.projects.owned(id).id();
        @Nullable AppSchema schema = this.store.schema(project).orElse(null);
        Map<String, Long> counts = this.store.counts(project);
        List<CollectionView> collections = (schema == null) ? List.of()
                : schema.collections()
                    .stream()
                    .map(c -> new CollectionView(c.name(), counts.getOrDefault(c.name(), 0L),
                            c.fields().stream().map(f -> new FieldView(f.name(), f.type().json())).toList()))
                    .toList();
        JsonNode schemaJson = this.mapper.readTree((schema == null) ? "{\"collections\":{}}" : schema.toJson());
        return new DataView(schemaJson, collections, this.users.count(project), this.store.hidden(project));
    }

    @GetMapping("/api/projects/{id}/data/_users")
    UsersView users(@PathVariable long id, @RequestParam(required = false) @Nullable String limit,
            @RequestParam(required = false) @Nullable String offset) {
        long project = this.projects.owned(id).id();
        List<UserView> items = this.users
            .users(project, ListParameters.number(limit, "limit", 1, AppUserDirectory.MAX_LIMIT, 50),
                    ListParameters.number(offset, "offset", 0, ListParameters.MAX_OFFSET, 0))
            .stream()
            .map(OwnerDataController::view)
            .toList();
        return new UsersView(items, this.users.count(project));
    }

    private static UserView view(AppUserEntry user) {
        return new UserView(user.id(), user.email(), user.name(), user.admin(), user.createdAt());
    }

    @DeleteMapping("/api/projects/{id}/data/_users/{userId}")
    ResponseEntity<Void> deleteUser(@PathVariable long id, @PathVariable long userId) {
        long project = this.projects.owned(id).id();
        if (!this.users.delete(project, userId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "This app has no user " + userId + ".");
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/projects/{id}/data/{collection}")
    JsonNode rows(@PathVariable long id, @PathVariable String collection,
            @RequestParam(required = false) @Nullable String limit,
            @RequestParam(required = false) @Nullable String offset) {
        long project = this.projects.owned(id).id();
        RowQuery query = RowQuery.page(
                ListParameters.number(limit, "limit", 1, RowQuery.MAX_LIMIT, RowQuery.DEFAULT_LIMIT),
                ListParameters.number(offset, "offset", 0, ListParameters.MAX_OFFSET, 0));
        return this.json.page(project, this.store.list(project, collection, query));
    }

    @DeleteMapping("/api/projects/{id}/data/{collection}/{rowId}")
    ResponseEntity<Void> deleteRow(@PathVariable long id, @PathVariable String collection, @PathVariable long rowId) {
        long project = this.projects.owned(id).id();
        if (this.store.delete(project, collection, rowId).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "There is no row " + rowId + " in " + ListParameters.shown(collection) + ".");
        }
        this.changes.publish(project, collection, DataChanges.Action.DELETED, rowId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/projects/{id}/data/{collection}/export")
    void export(@PathVariable long id, @PathVariable String collection,
            @RequestParam(defaultValue = "json") String format, HttpServletResponse response) throws IOException {
        long project = this.projects.owned(id).id();
        Collection found = this.store.schema(project)
            .flatMap(schema -> schema.collection(collection))
            .orElseThrow(() -> new AppDataException(AppDataException.Kind.NOT_FOUND,
                    "This app has no collection \"" + ListParameters.shown(collection) + "\""));
        if (!format.equals("json") && !format.equals("csv")) {
            throw ListParameters.bad("format must be json or csv.");
        }
        response.setContentType(format.equals("csv") ? "text/csv;charset=UTF-8" : "application/json");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(collection + "." + format).build().toString());
        if (format.equals("csv")) {
            this.export.csv(project, found, response.getOutputStream());
        }
        else {
            this.export.json(project, found, response.getOutputStream());
        }
    }

}
