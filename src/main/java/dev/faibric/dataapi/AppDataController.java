package dev.faibric.dataapi;

import dev.faibric.appauth.AppSignIns;
import dev.faibric.appauth.AppUser;
import dev.faibric.appauth.AppWrites;
import dev.faibric.data.AppSchema;
import dev.faibric.data.Collection;
import dev.faibric.datastore.AppDataException;
import dev.faibric.datastore.AppDataStore;
import dev.faibric.datastore.DataSettings;
import dev.faibric.datastore.Row;
import dev.faibric.datastore.RowQuery;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data API on an app's own origin: the app's schema, and the rows of each collection
 * (list, create, read, change, delete). The app is the one whose host the request came
 * to; who may do what is the collection's access rules and who is signed in to the app.
 */
@RestController
class AppDataController {

    private static final String NO_SCHEMA = "{\"collections\":{}}";

    private final DataRequests requests;

    private final AppDataStore store;

    private final AppSignIns signIns;

    private final RowJson json;

    private final JsonMapper mapper;

    private final long maxBody;

    private final DataChanges changes;

    AppDataController(DataRequests requests, AppDataStore store, AppSignIns signIns, RowJson json, JsonMapper mapper,
            DataSettings settings, DataChanges changes) {
        this.requests = requests;
        this.store = store;
        this.signIns = signIns;
        this.json = json;
        this.mapper = mapper;
        this.maxBody = settings.maxBody().toBytes();
        this.changes = changes;
    }

    @GetMapping("/_api/schema")
    ResponseEntity<String> schema(HttpServletRequest request) {
        DataApp app = this.requests.app(request);
        String schema = this.store.schema(app.projectId()).map(AppSchema::toJson).orElse(NO_SCHEMA);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(schema);
    }

    @GetMapping("/_api/data/{collection}")
    JsonNode list(@PathVariable String collection, @RequestParam MultiValueMap<String, String> parameters,
            HttpServletRequest request) {
        DataApp app = this.requests.app(request);
        DataAccess access = access(app, collection, request);
        ListParameters.Parsed parsed = ListParameters.parse(parameters);
        access.require("list");
        RowQuery query = parsed.query();
        if (parsed.mine()) {
            AppUser user = access.user()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED,
                        "Sign in to list your own rows of " + collection + "."));
            query = query.ownedBy(user.id());
        }
        query = access.reach().map(query::within).orElse(query);
        return this.json.page(app.projectId(), this.store.list(app.projectId(), collection, query));
    }

    @PostMapping("/_api/data/{collection}")
    ResponseEntity<JsonNode> create(@PathVariable String collection, HttpServletRequest request) {
        DataApp app = this.requests.app(request);
        AppWrites.check(request, app.origin(), true);
        DataAccess access = access(app, collection, request);
        access.require("create");
        JsonNode body = JsonBodies.body(request, this.mapper, this.maxBody);
        access.allowWrite("create", null, body);
        Row row = this.store.create(app.projectId(), collection, body,
                access.user().filter(u -> !u.appServer()).map(AppUser::id).orElse(null));
        this.changes.publish(app.projectId(), collection, DataChanges.Action.CREATED, row.id());
        return ResponseEntity.status(HttpStatus.CREATED).body(this.json.row(app.projectId(), row));
    }

    @GetMapping("/_api/data/{collection}/{id}")
    JsonNode read(@PathVariable String collection, @PathVariable long id, HttpServletRequest request) {
        DataApp app = this.requests.app(request);
        DataAccess access = access(app, collection, request);
        access.require("read");
        Row row = found(this.store.get(app.projectId(), collection, id), collection, id);
        access.allowRow("read", row);
        return this.json.row(app.projectId(), row);
    }

    @PatchMapping("/_api/data/{collection}/{id}")
    JsonNode update(@PathVariable String collection, @PathVariable long id, HttpServletRequest request) {
        DataApp app = this.requests.app(request);
        AppWrites.check(request, app.origin(), true);
        DataAccess access = access(app, collection, request);
        access.require("update");
        Row before = found(this.store.get(app.projectId(), collection, id), collection, id);
        access.allowRow("update", before);
        JsonNode body = JsonBodies.body(request, this.mapper, this.maxBody);
        access.allowWrite("update", before, body);
        Row row = found(this.store.update(app.projectId(), collection, id, body), collection, id);
        this.changes.publish(app.projectId(), collection, DataChanges.Action.UPDATED, id);
        return this.json.row(app.projectId(), row);
    }

    @DeleteMapping("/_api/data/{collection}/{id}")
    ResponseEntity<Void> delete(@PathVariable String collection, @PathVariable long id, HttpServletRequest request) {
        DataApp app = this.requests.app(request);
        AppWrites.check(request, app.origin(), false);
        DataAccess access = access(app, collection, request);
        access.require("delete");
        access.allowRow("delete", found(this.store.get(app.projectId(), collection, id), collection, id));
        found(this.store.delete(app.projectId(), collection, id), collection, id);
        this.changes.publish(app.projectId(), collection, DataChanges.Action.DELETED, id);
        return ResponseEntity.noContent().build();
    }

    private DataAccess access(DataApp app, String collection, HttpServletRequest request) {
        Collection found = this.store.schema(app.projectId())
            .flatMap(schema -> schema.collection(collection))
            .orElseThrow(() -> new AppDataException(AppDataException.Kind.NOT_FOUND,
                    "This app has no collection \"" + ListParameters.shown(collection) + "\""));
        return new DataAccess(found, this.signIns.current(request, app.projectId()),
                (other, id) -> this.store.get(app.projectId(), other, id));
    }

    private static Row found(Optional<Row> row, String collection, long id) {
        return row.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "There is no row " + id + " in " + collection + "."));
    }

}
