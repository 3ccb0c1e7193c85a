package dev.faibric.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.data.AppSchema;
import dev.faibric.data.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library's six database schemas carry their data model in the declarative form
 * generated apps use ({@code schema}): each parses with no problem, and says who may do
 * what. So does the {@code database} of every data-backed template.
 */
class ShippedSchemasTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<Resource> schemas() throws IOException {
        return Arrays
            .stream(new PathMatchingResourcePatternResolver().getResources("classpath*:library/schemas/*.json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void eachShippedSchemaIsAValidDeclarativeDataModel(Resource file) throws IOException {
        JsonNode shipped = JSON.readTree(file.getContentAsString(StandardCharsets.UTF_8));

        Outcome<AppSchema> parsed = AppSchema.parse(JSON.writeValueAsString(shipped.path("schema")));

        assertThat(parsed.texts()).as(file.getFilename()).isEmpty();
        AppSchema schema = parsed.orThrow();
        assertThat(schema.collections()).hasSameSizeAs(shipped.path("tables").valueStream().toList());
        assertThat(schema.describe()).isNotBlank();
    }

    static Stream<Resource> dataBackedTemplates() throws IOException {
        return Arrays
            .stream(new PathMatchingResourcePatternResolver()
                .getResources("classpath*:offline/templates/*/template.json"))
            .filter(t -> read(t).has("database"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataBackedTemplates")
    void eachDataBackedTemplatesDatabaseIsAValidDeclarativeDataModel(Resource file) throws IOException {
        JsonNode template = read(file);

        Outcome<AppSchema> parsed = AppSchema.parse(JSON.writeValueAsString(template.path("database")));

        assertThat(parsed.texts()).as(template.path("id").asString()).isEmpty();
        assertThat(parsed.orThrow().collections()).isNotEmpty();
    }

    private static JsonNode read(Resource file) {
        try {
            return JSON.readTree(file.getContentAsString(StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
