package dev.faibric.library;

import dev.faibric.data.AppSchema;
import dev.faibric.data.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads what ships in the jar: the app templates ({@code offline/templates/<id>/}, their
 * files and the shared {@code theme.ts}), themes ({@code library/themes/*.json}) and
 * database schemas ({@code library/schemas/*.json}).
 */
@Component
class ShippedLibrary {

    private static final Logger log = LoggerFactory.getLogger(ShippedLibrary.class);

    private static final String SHARED = "offline/shared/";

    private static final JsonMapper SCHEMA_READER = JsonMapper.builder().build();

    private final JsonMapper json;

    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    ShippedLibrary(JsonMapper json) {
        this.json = json;
    }

    List<ShippedItem> items() {
        List<ShippedItem> items = new ArrayList<>();
        items.addAll(templates());
        items.addAll(simple(LibraryKind.THEME, "classpath*:library/themes/*.json"));
        items.addAll(simple(LibraryKind.SCHEMA, "classpath*:library/schemas/*.json"));
        items.addAll(components());
        return items;
    }

    private List<ShippedItem> templates() {
        List<ShippedItem> items = new ArrayList<>();
        for (Resource meta : resources("classpath*:offline/templates/*/template.json")) {
            JsonNode node = read(meta);
            List<Map<String, String>> files = new ArrayList<>();
            try {
                for (JsonNode path : node.path("files")) {
                    Resource own = meta.createRelative(path.asString());
                    Resource file = own.exists() ? own : new ClassPathResource(SHARED + path.asString());
                    // Ordered, so the stored code (and its content hash) is the same on
                    // every start.
                    Map<String, String> entry = new LinkedHashMap<>();
                    entry.put("path", path.asString());
                    entry.put("content", file.getContentAsString(StandardCharsets.UTF_8));
                    files.add(entry);
                }
            }
            catch (IOException e) {
                log.error("Template '{}' is incomplete and was left out of the library: {}", node.path("id").asString(),
                        e.getMessage());
                continue;
            }
            Optional<Outcome<AppSchema>> database = TemplateConfig.database(node, ShippedLibrary::schemaModel);
            if (database.isPresent() && !database.get().ok()) {
                log.error("Template '{}' declares a data model with problems and was left out of the library: {}",
                        node.path("id").asString(), String.join("; ", database.get().texts()));
                continue;
            }
            Map<String, Object> columns = new LinkedHashMap<>();
            columns.put("app_type", node.path("type").asString());
            columns.put("code", json.writeValueAsString(files));
            columns.put("provides", json.writeValueAsString(node.path("features")));
            columns.put("requires", "[\"react\"]");
            columns.put("defaults", json.writeValueAsString(defaults(node.path("defaults"), database)));
            items.add(new ShippedItem(LibraryKind.TEMPLATE, node.path("id").asString(), node.path("name").asString(),
                    node.path("description").asString(), node.path("type").asString(), strings(node.path("keywords")),
                    columns));
        }
        return items;
    }

    /**
     * A template's defaults (title, tagline) and, for a data-backed template, its data
     * model in the canonical JSON, under {@code database}: stored with the template, so
     * what a build starts from comes from one row.
     */
    private JsonNode defaults(JsonNode declared, Optional<Outcome<AppSchema>> database) {
        ObjectNode defaults = declared.isObject() ? ((ObjectNode) declared).deepCopy() : json.createObjectNode();
        database.ifPresent(schema -> defaults.set("database", json.readTree(schema.orThrow().toJson())));
        return defaults;
    }

    /**
     * The declarative data model ({@code "schema"}) of the library schema with this id,
     * or a missing node.
     */
    static JsonNode schemaModel(String id) {
        Resource resource = new ClassPathResource("library/schemas/" + id + ".json");
        if (!id.matches("[a-z0-9-]{1,60}") || !resource.exists()) {
            return MissingNode.getInstance();
        }
        try {
            return SCHEMA_READER.readTree(resource.getContentAsString(StandardCharsets.UTF_8)).path("schema");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<ShippedItem> components() {
        List<ShippedItem> items = new ArrayList<>();
        for (Resource meta : resources("classpath*:library/components/*/component.json")) {
            JsonNode node = read(meta);
            String code;
            try {
                code = meta.createRelative(node.path("file").asString()).getContentAsString(StandardCharsets.UTF_8);
            }
            catch (IOException e) {
                log.error("Component '{}' has no file and was left out of the library: {}", node.path("id").asString(),
                        e.getMessage());
                continue;
            }
            Map<String, Object> columns = new LinkedHashMap<>();
            columns.put("code", code);
            columns.put("props_interface", json.writeValueAsString(node.path("props")));
            columns.put("variants", json.writeValueAsString(node.path("variants")));
            items.add(new ShippedItem(LibraryKind.COMPONENT, node.path("id").asString(), node.path("name").asString(),
                    node.path("description").asString(), "component", strings(node.path("keywords")), columns));
        }
        return items;
    }

    private List<ShippedItem> simple(LibraryKind kind, String pattern) {
        List<ShippedItem> items = new ArrayList<>();
        for (Resource resource : resources(pattern)) {
            JsonNode node = read(resource);
            Map<String, Object> columns = new LinkedHashMap<>();
            if (kind == LibraryKind.THEME) {
                columns.put("dark", node.path("dark").asBoolean());
                columns.put("colors", json.writeValueAsString(node.path("colors")));
                columns.put("fonts", json.writeValueAsString(node.path("fonts")));
            }
            else {
                columns.put("tables", json.writeValueAsString(node.path("tables")));
                columns.put("postgresql_sql", node.path("postgresql_sql").asString());
                columns.put("sqlite_sql", node.path("sqlite_sql").asString(null));
                columns.put("mysql_sql", node.path("mysql_sql").asString(null));
                columns.put("api_patterns", json.writeValueAsString(node.path("api_patterns")));
            }
            String category = kind == LibraryKind.THEME ? (node.path("dark").asBoolean() ? "dark" : "light")
                    : "database";
            items.add(new ShippedItem(kind, node.path("id").asString(), node.path("name").asString(),
                    node.path("description").asString(), category, strings(node.path("keywords")), columns));
        }
        return items;
    }

    private Resource[] resources(String pattern) {
        try {
            return resolver.getResources(pattern);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode read(Resource resource) {
        try {
            return json.readTree(resource.getContentAsString(StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

}
