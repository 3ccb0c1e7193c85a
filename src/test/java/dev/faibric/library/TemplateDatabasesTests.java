package dev.faibric.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.data.AppSchema;
import dev.faibric.data.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every template that keeps shared data declares it: an inline {@code database} that
 * parses as a declarative app schema with no problem, or the id of one of the library's
 * schemas; and its code reads and writes through {@code faibric/data} and signs people in
 * with it.
 */
class TemplateDatabasesTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<Arguments> dataTemplates() throws IOException {
        return Arrays
            .stream(new PathMatchingResourcePatternResolver()
                .getResources("classpath*:offline/templates/*/template.json"))
            .map(TemplateDatabasesTests::read)
            .filter(t -> t.has("database") || t.has("schema"))
            .map(t -> Arguments.of(t.path("id").asString(), t));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataTemplates")
    void declaresAValidDataModel(String id, JsonNode template) throws IOException {
        JsonNode model = template.has("database") ? template.path("database")
                : read(new ClassPathResource("library/schemas/" + template.path("schema").asString() + ".json"))
                    .path("schema");

        Outcome<AppSchema> parsed = AppSchema.parse(JSON.writeValueAsString(model));

        assertThat(parsed.texts()).as(id).isEmpty();
        assertThat(parsed.orThrow().collections()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataTemplates")
    void usesTheDataClient(String id, JsonNode template) {
        String code = LibraryFixtures.template(id)
            .orElseThrow()
            .files()
            .stream()
            .map(f -> f.content())
            .reduce("", String::concat);

        assertThat(code).contains("from 'faibric/data'").contains("useCollection").contains("useUser");
    }

    private static JsonNode read(Resource resource) {
        try {
            return JSON.readTree(resource.getContentAsString(StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
