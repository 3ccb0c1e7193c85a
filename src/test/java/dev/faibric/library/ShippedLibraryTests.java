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
