package dev.faibric.library;

import dev.faibric.data.AppSchema;
import dev.faibric.project.AppType;
import dev.faibric.project.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped templates without a database or an embedding model, for unit tests of code
 * that builds from templates: the finder picks the template whose keyword phrases the
 * request names most (the real library searches by meaning; see TemplateChoiceTests).
 */
public final class LibraryFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LibraryFixtures() {
    }

    public static List<TemplateMatch> shippedTemplates() {
        List<TemplateMatch> templates = new ArrayList<>();
        for (ShippedItem item : new ShippedLibrary(JSON).items()) {
            if (item.kind() != LibraryKind.TEMPLATE) {
                continue;
            }
            Map<String, Object> c = item.columns();
            List<SourceFile> files = JSON.readValue((String) c.get("code"), new TypeReference<List<SourceFile>>() {
            });
            List<String> features = JSON.readValue((String) c.get("provides"), new TypeReference<List<String>>() {
            });
            var defaults = JSON.readTree((String) c.get("defaults"));
            templates
                .add(new TemplateMatch(item.slug(), item.name(), AppType.parse(item.category()).orElseThrow(),
                        item.description(), features, files, defaults.path("title").asString(item.name()),
                        defaults.path("tagline").asString(""), 1.0, 1.0, defaults.has("database")
                                ? AppSchema.parse(defaults.get("database").toString()).orThrow() : null,
                        item.keywords()));
        }
        templates.sort(Comparator.comparing(TemplateMatch::slug));
        return templates;
    }

    public static TemplateFinder byKeywords() {
        List<TemplateMatch> templates = shippedTemplates();
        Map<String, List<String>> keywords = new java.util.HashMap<>();
        new ShippedLibrary(JSON).items().forEach(i -> keywords.put(i.slug(), i.keywords()));
        return (request, appType) -> {
            String text = " " + request.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
            return templates.stream()
                .filter(t -> appType == null || t.appType().equals(appType))
                .max(Comparator
                    .comparingInt((TemplateMatch t) -> keywords.get(t.slug())
                        .stream()
                        .map(k -> " " + k.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip() + " ")
                        .filter(text::contains)
                        .mapToInt(String::length)
                        .sum())
                    .thenComparing(TemplateMatch::slug, Comparator.reverseOrder()))
                .or(() -> templates.stream().findFirst());
        };
    }

    public static Optional<TemplateMatch> template(String slug) {
        return shippedTemplates().stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

}
