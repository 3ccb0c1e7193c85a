package dev.faibric.generation;

import dev.faibric.answer.AppStreamParser;
import dev.faibric.data.AppSchema;
import dev.faibric.project.ProjectVersion;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a stored version's result keeps besides its files: the answer's sections (its data
 * model among them) and that data model in the declarative form, for a build that starts
 * from the version (a change, a restore).
 */
final class VersionContents {

    private VersionContents() {
    }

    /**
     * The data model the version keeps ({@code database}), if it is one in the
     * declarative form.
     */
    static @Nullable AppSchema schema(ProjectVersion version, JsonMapper json) {
        Object database = version.result().get("database");
        if (database == null) {
            return null;
        }
        String text = database instanceof String string ? string : json.writeValueAsString(database);
        return AppSchema.parse(text).value();
    }

    /** The answer's sections the version kept, as text. */
    static Map<String, String> sections(ProjectVersion version, JsonMapper json) {
        Map<String, String> sections = new LinkedHashMap<>();
        for (String name : AppStreamParser.SECTIONS) {
            Object value = version.result().get(name);
            if (value instanceof String text) {
                sections.put(name, text);
            }
            else if (value != null) {
                sections.put(name, json.writeValueAsString(value));
            }
        }
        return sections;
    }

}
