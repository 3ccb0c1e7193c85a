package dev.faibric.generation;

import dev.faibric.data.AppSchema;
import dev.faibric.project.AppType;
import dev.faibric.project.SourceFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the seed's JSON result
 * ({@code app_type, title, description, components, styles, data,
 * features, requires_backend, backend, database}) from what the stream contained: the
 * wire format to the model changed, the API contract did not. The {@code database} is the
 * app's data model in the canonical JSON of {@link AppSchema}, which a change keeps when
 * it brings no new one.
 */
@Component
class ResultAssembler {

    private static final List<String> JSON_SECTIONS = List.of("styles", "features", "data", "backend", "database");

    private final JsonMapper json;

    ResultAssembler(JsonMapper json) {
        this.json = json;
    }

    /**
     * The answer's sections with its data model, if any, in the canonical JSON in place
     * of the {@code <database>} it wrote; without a data model, its {@code <database>}
     * (if any) stays as it was.
     */
    static Map<String, String> withSchema(Map<String, String> sections, @Nullable AppSchema schema) {
        Map<String, String> result = new LinkedHashMap<>(sections);
        if (schema != null) {
            result.put("database", schema.toJson());
        }
        return result;
    }

    Map<String, Object> assemble(AppType appType, String title, boolean requiresBackend, List<SourceFile> files,
            Map<String, String> sections, List<String> warnings) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("app_type", appType.wire());
        result.put("title", title);
        result.put("description", sections.getOrDefault("description", ""));
        Map<String, String> components = new LinkedHashMap<>();
        files.forEach(f -> components.put(f.path(), f.content()));
        result.put("components", components);
        for (String name : JSON_SECTIONS) {
            String body = sections.get(name);
            if (body == null || body.isBlank()) {
                continue;
            }
            try {
                result.put(name, json.readValue(body, Object.class));
            }
            catch (JacksonException e) {
                warnings.add("<" + name + "> is not valid JSON; it was kept as text");
                result.put(name, body);
            }
        }
        result.put("requires_backend", requiresBackend);
        return result;
    }

}
