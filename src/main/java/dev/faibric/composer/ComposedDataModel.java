package dev.faibric.composer;

import dev.faibric.data.AppSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data model of a composed app whose items are shared ({@link ComposedApp#shared()}),
 * from the fields of its kind of item: {@code items} (title, description, one of the
 * kind's categories, a date, and a price for things sold), {@code comments} on an item
 * when the app has comments, and {@code ratings} (one per member and item) when it has
 * ratings. Anyone may list and read, signed-in members create, and only whoever created a
 * row may change or delete it. Limits match the app's form.
 */
final class ComposedDataModel {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Map<String, String> ACCESS = access();

    private ComposedDataModel() {
    }

    static AppSchema of(ItemKinds.Kind kind, Set<RequestedFeature> features) {
        Map<String, Object> collections = new LinkedHashMap<>();
        Map<String, Object> items = new LinkedHashMap<>();
        items.put("title", Map.of("type", "text", "required", true, "min", 1, "max", 120));
        items.put("summary", Map.of("type", "longtext", "max", 4000));
        items.put("category", Map.of("type", "enum", "values", kind.categories(), "required", true, "default",
                kind.categories().getFirst()));
        items.put("date", Map.of("type", "datetime"));
        if (kind.priced()) {
            items.put("price", Map.of("type", "number", "min", 0, "max", 1_000_000));
        }
        collections.put("items", collection(items, List.of(List.of("category", "createdAt")), List.of()));
        if (features.contains(RequestedFeature.COMMENTS)) {
            Map<String, Object> comments = new LinkedHashMap<>();
            comments.put("item", Map.of("type", "reference", "collection", "items", "required", true));
            comments.put("body", Map.of("type", "longtext", "required", true, "min", 1, "max", 3000));
            collections.put("comments", collection(comments, List.of(List.of("item", "createdAt")), List.of()));
        }
        if (features.contains(RequestedFeature.RATINGS)) {
            Map<String, Object> ratings = new LinkedHashMap<>();
            ratings.put("item", Map.of("type", "reference", "collection", "items", "required", true));
            ratings.put("stars", Map.of("type", "number", "required", true, "min", 1, "max", 5));
            collections.put("ratings", collection(ratings, List.of(), List.of(List.of("item", "owner"))));
        }
        return AppSchema.parse(JSON.writeValueAsString(Map.of("collections", collections))).orThrow();
    }

    private static Map<String, Object> collection(Map<String, Object> fields, List<List<String>> indexes,
            List<List<String>> unique) {
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("fields", fields);
        if (!unique.isEmpty()) {
            collection.put("unique", unique);
        }
        if (!indexes.isEmpty()) {
            collection.put("indexes", indexes);
        }
        collection.put("access", ACCESS);
        return collection;
    }

    private static Map<String, String> access() {
        Map<String, String> access = new LinkedHashMap<>();
        access.put("list", "public");
        access.put("read", "public");
        access.put("create", "signed-in");
        access.put("update", "owner");
        access.put("delete", "owner");
        return access;
    }

}
