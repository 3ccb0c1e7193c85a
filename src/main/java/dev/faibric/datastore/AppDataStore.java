package dev.faibric.datastore;

import dev.faibric.data.AppSchema;
import dev.faibric.data.Collection;
import dev.faibric.data.Field;
import dev.faibric.data.FieldType;
import dev.faibric.data.Outcome;
import dev.faibric.data.SchemaChange;
import dev.faibric.datastore.AppDataRecords.Stored;
import dev.faibric.platform.DatabaseRetry;
import dev.faibric.project.ProjectDeleted;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data of every data-backed app, each in a database schema of its own
 * ({@code app_<project id>}), one table per collection. {@link #apply} makes and migrates
 * the storage from the app's declarative schema; the row methods read and write one
 * collection, checking every value against the schema and counting rows and bytes against
 * the app's limits ({@link DataSettings}). Nothing here knows who is asking: the callers
 * decide who may do what, and the project id always comes from them, never from a client.
 */
@Component
public class AppDataStore {

    private static final AppSchema NO_SCHEMA = new AppSchema(List.of());

    private static final Logger log = LoggerFactory.getLogger(AppDataStore.class);

    private final JdbcClient jdbc;

    private final DatabaseRetry retry;

    private final AppDataRecords records;

    private final RowReader reader;

    private final RowWriter writer;

    /** What app schemas' names start with, read once from the database. */
    private final SingletonSupplier<String> prefix;

    public AppDataStore(JdbcClient jdbc, DatabaseRetry retry, JsonMapper json, DataSettings settings) {
        this.jdbc = jdbc;
        this.prefix = SingletonSupplier.of(() -> SqlNames.prefix(retry.statement("read the platform's schema",
                () -> jdbc.sql("SELECT CURRENT_SCHEMA").query(String.class).optional().orElse(null))));
        this.retry = retry;
        this.records = new AppDataRecords(jdbc, json);
        this.reader = new RowReader(jdbc);
        this.writer = new RowWriter(jdbc, this.records, this.reader, settings);
    }

    /**
     * Makes the app's storage follow this schema, in place, and records it as the app's
     * schema: new collections and fields are created, those the schema no longer has are
     * kept hidden with their data, a field whose type changed gets a new column (its
     * values copied when they convert). Applying the same schema again changes nothing.
     * @return what changed since the schema in force before (everything is new the first
     * time)
     * @throws AppDataException when the storage cannot follow, e.g. a new unique field
     * that rows already stored break; nothing is changed then
     */
    public SchemaChange apply(long projectId, AppSchema schema) {
        try {
            SchemaChange change = this.retry.transaction("apply an app's schema", () -> {
                Optional<Stored> current = this.records.lock(projectId);
                StorageLayout layout = new SchemaMigration(this.jdbc, schemaOf(projectId))
                    .run(current.map(Stored::layout).orElse(StorageLayout.EMPTY), schema);
                this.records.save(projectId, schema, layout, current.isPresent());
                return SchemaChange.between(current.map(Stored::schema).orElse(NO_SCHEMA), schema);
            }, done -> schema.equals(this.records.lock(projectId).map(Stored::schema).orElse(null)));
            return change;
        }
        catch (DataAccessException e) {
            throw new AppDataException(AppDataException.Kind.MIGRATION,
                    "The app's storage could not be changed to the new schema: "
                            + e.getMostSpecificCause().getMessage(),
                    e);
        }
        finally {
            this.records.forget(projectId);
        }
    }

    /** The schema in force, if the app has data. */
    public Optional<AppSchema> schema(long projectId) {
        return stored(projectId).map(Stored::schema);
    }

    /**
     * What is kept hidden: collections the schema no longer has, and fields of its
     * collections as {@code collection.field}.
     */
    public List<String> hidden(long projectId) {
        return stored(projectId).map(s -> s.layout().hidden()).orElse(List.of());
    }

    /** Deletes the app's data, every collection, hidden or not; for a deleted app. */
    public void drop(long projectId) {
        this.retry.transaction("drop an app's data", () -> {
            this.jdbc.sql("DROP SCHEMA IF EXISTS " + schemaOf(projectId) + " CASCADE").update();
            this.records.delete(projectId);
            return true;
        }, done -> true);
        this.records.forget(projectId);
    }

    /**
     * A deleted project's data goes with it. The project is gone whatever happens here,
     * so a failure is logged, not thrown: the schema left behind belongs to nobody.
     */
    @EventListener
    void onProjectDeleted(ProjectDeleted deleted) {
        try {
            drop(deleted.projectId());
        }
        catch (RuntimeException e) {
            log.warn("Could not drop the data of deleted project {}", deleted.projectId(), e);
        }
    }

    /** The rows in each collection of the schema, in its order; empty without data. */
    public Map<String, Long> counts(long projectId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        stored(projectId).ifPresent(stored -> stored.schema().collections().forEach(c -> {
            String table = new RowTable(schemaOf(projectId), projectId, c,
                    stored.layout().table(c.name()).orElseThrow())
                .qualified();
            counts.put(c.name(), read("count rows",
                    () -> this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single()));
        }));
        return counts;
    }

    /** The rows and bytes the app stores, as counted for its limits. */
    public DataUsage usage(long projectId) {
        return read("read data usage", () -> this.records.usage(projectId));
    }

    /**
     * A page of a collection's rows.
     * @throws AppDataException a filter, sort, cursor or limit the collection cannot take
     * (invalid), or no such collection (not found)
     */
    public RowPage list(long projectId, String collection, RowQuery query) {
        Stored stored = modelled(projectId);
        RowTable table = table(stored, projectId, collection);
        return read("list rows", () -> this.reader.list(table, query, other -> table(stored, projectId, other)));
    }

    public Optional<Row> get(long projectId, String collection, long id) {
        RowTable table = table(projectId, collection);
        return read("read a row", () -> this.reader.get(table, id));
    }

    /**
     * Creates a row from a client's JSON object, checked against the collection (defaults
     * applied, required fields present).
     * @param owner the app user creating it, or null
     * @throws AppDataException the body does not fit the schema (invalid, naming every
     * problem), a unique value is taken (conflict), the app's data is full
     */
    public Row create(long projectId, String collection, JsonNode body, @Nullable Long owner) {
        Stored stored = modelled(projectId);
        RowTable table = table(stored, projectId, collection);
        Map<String, @Nullable Object> values = checked(table.collection(), body, false);
        referencesExist(stored, projectId, table.collection(), values);
        return this.retry.transaction("create a row", () -> this.writer.create(projectId, table, values, owner),
                row -> this.reader.get(table, row.id()).isPresent());
    }

    /**
     * Changes the fields the JSON object names.
     * @return the row as it is now; empty when there is no such row
     */
    public Optional<Row> update(long projectId, String collection, long id, JsonNode body) {
        Stored stored = modelled(projectId);
        RowTable table = table(stored, projectId, collection);
        Map<String, @Nullable Object> values = checked(table.collection(), body, true);
        referencesExist(stored, projectId, table.collection(), values);
        return this.retry.transaction("update a row", () -> this.writer.update(projectId, table, id, values),
                row -> false);
    }

    /** Deletes a row; empty when there was none, otherwise the row as it was. */
    public Optional<Row> delete(long projectId, String collection, long id) {
        RowTable table = table(projectId, collection);
        return this.retry.transaction("delete a row", () -> this.writer.delete(projectId, table, id),
                row -> this.reader.get(table, id).isEmpty());
    }

    private static Map<String, @Nullable Object> checked(Collection collection, JsonNode body, boolean partial) {
        Outcome<Map<String, @Nullable Object>> outcome = collection.validateWrite(body, partial);
        if (!outcome.ok()) {
            throw new AppDataException(AppDataException.Kind.INVALID, String.join("; ", outcome.texts()));
        }
        return outcome.orThrow();
    }

    /**
     * A reference names a row of this app that exists: a row id of another app, or of
     * nothing, is refused.
     */
    private void referencesExist(Stored stored, long projectId, Collection collection,
            Map<String, @Nullable Object> values) {
        for (Field field : collection.fields()) {
            if (field.type() == FieldType.REFERENCE && field.collection() != null
                    && values.get(field.name()) instanceof Long id && read("read a referenced row",
                            () -> this.reader.get(table(stored, projectId, field.collection()), id))
                        .isEmpty()) {
                throw new AppDataException(AppDataException.Kind.INVALID,
                        field.name() + ": there is no row " + id + " in " + field.collection());
            }
        }
    }

    private RowTable table(long projectId, String collection) {
        return table(modelled(projectId), projectId, collection);
    }

    private Stored modelled(long projectId) {
        return stored(projectId)
            .orElseThrow(() -> new AppDataException(AppDataException.Kind.NOT_FOUND, "This app has no data model"));
    }

    private RowTable table(Stored stored, long projectId, String collection) {
        Collection found = stored.schema()
            .collection(collection)
            .orElseThrow(() -> new AppDataException(AppDataException.Kind.NOT_FOUND, "This app has no collection \""
                    + collection + "\"; its collections are "
                    + String.join(", ", stored.schema().collections().stream().map(Collection::name).toList())));
        return new RowTable(schemaOf(projectId), projectId, found, stored.layout().table(collection).orElseThrow());
    }

    /** The app's schema, quoted. */
    private String schemaOf(long projectId) {
        return SqlNames.schema(this.prefix.obtain(), projectId);
    }

    private Optional<Stored> stored(long projectId) {
        return read("read an app's schema", () -> this.records.find(projectId));
    }

    private <T> T read(String operation, Supplier<T> work) {
        return this.retry.statement(operation, work);
    }

}
