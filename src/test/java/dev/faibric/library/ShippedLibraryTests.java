package dev.faibric.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.json.JsonMapper;

class ShippedLibraryTests {

    @Test
    void everyShippedTemplateLoadsWithAllItsFilesAppTsxFirst() throws Exception {
        int folders = new PathMatchingResourcePatternResolver()
            .getResources("classpath*:offline/templates/*/template.json").length;
        var templates = LibraryFixtures.shippedTemplates();

        assertThat(templates).hasSize(folders);
        assertThat(templates).extracting(t -> t.appType().wire())
            .contains("website", "webapp", "tool", "dashboard", "game", "form");
        assertThat(templates)
            .allSatisfy(t -> assertThat(t.files().getFirst().path()).as(t.slug()).isEqualTo("App.tsx"));
    }

    @Test
    void aTemplateDeclaresItsDataModelInlineOrByALibrarySchemasId() {
        JsonMapper json = JsonMapper.builder().build();
        var inline = TemplateConfig.database(json.readTree("""
                {"database": {"collections": {"entries": {"fields": {"message": {"type": "text"}}}}}}"""),
                ShippedLibrary::schemaModel);
        var byId = TemplateConfig.database(json.readTree("{\"schema\": \"blog\"}"), ShippedLibrary::schemaModel);
        var unknown = TemplateConfig.database(json.readTree("{\"schema\": \"../secrets\"}"),
                ShippedLibrary::schemaModel);
        var wrong = TemplateConfig.database(json.readTree("""
                {"database": {"collections": {"entries": {"fields": {"message": {"type": "varchar"}}}}}}"""),
                ShippedLibrary::schemaModel);

        assertThat(TemplateConfig.database(json.readTree("{}"), ShippedLibrary::schemaModel)).isEmpty();
        assertThat(inline.orElseThrow().orThrow().collection("entries")).isPresent();
        assertThat(byId.orElseThrow().orThrow().collections()).extracting(c -> c.name()).contains("posts", "comments");
        assertThat(unknown.orElseThrow().texts())
            .containsExactly("schema: \"schema\" names the library schema '../secrets', which does not exist");
        assertThat(wrong.orElseThrow().texts()).singleElement().asString().contains("entries.message");
    }

    @Test
    void everyDataBackedTemplateCarriesAValidDataModel() {
        var templates = LibraryFixtures.shippedTemplates();

        assertThat(templates).filteredOn(t -> t.database() != null)
            .isNotEmpty()
            .allSatisfy(t -> assertThat(t.files()).as(t.slug())
                .anySatisfy(f -> assertThat(f.content()).contains("from 'faibric/data'")));
    }

    @Test
    void aTemplatesStoredCodeIsTheSameTextOnEveryStart() {
        // Its hash decides whether a starting node re-embeds the library: no per-JVM map
        // ordering in it.
        var templates = new ShippedLibrary(JsonMapper.builder().build()).items()
            .stream()
            .filter(i -> i.kind() == LibraryKind.TEMPLATE)
            .toList();
        assertThat(templates).allSatisfy(t -> assertThat((String) t.columns().get("code")).startsWith("[{\"path\":"));
    }

    @Test
    void everyShippedThemeSchemaAndComponentLoads() throws Exception {
        var resolver = new PathMatchingResourcePatternResolver();
        var items = new ShippedLibrary(JsonMapper.builder().build()).items();
        assertThat(items.stream().filter(i -> i.kind() == LibraryKind.THEME))
            .hasSize(resolver.getResources("classpath*:library/themes/*.json").length);
        assertThat(items.stream().filter(i -> i.kind() == LibraryKind.SCHEMA))
            .hasSize(resolver.getResources("classpath*:library/schemas/*.json").length);
        assertThat(items.stream().filter(i -> i.kind() == LibraryKind.COMPONENT))
            .hasSize(resolver.getResources("classpath*:library/components/*/component.json").length);
    }

    @Test
    void everyShippedComponentCompilesDefaultExportsAndImportsOnlyReact() throws Exception {
        var compiler = new dev.faibric.tsx.TsxCompiler();
        var components = new ShippedLibrary(JsonMapper.builder().build()).items()
            .stream()
            .filter(i -> i.kind() == LibraryKind.COMPONENT)
            .toList();
        for (ShippedItem component : components) {
            var module = compiler.compile(component.slug() + ".tsx", (String) component.columns().get("code"));
            assertThat(module.hasDefaultExport()).as(component.slug()).isTrue();
            assertThat(module.imports()).as(component.slug()).allMatch("react"::equals);
        }
    }

}
