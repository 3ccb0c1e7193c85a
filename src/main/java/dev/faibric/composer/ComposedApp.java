package dev.faibric.composer;

import dev.faibric.classification.DataTierNeed;
import dev.faibric.data.AppSchema;
import dev.faibric.project.AppType;
import dev.faibric.project.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * An app assembled from the library's sections when no template fits the request: the
 * features the request lists ({@link RequestedFeature}), on the closest layout
 * ({@link ComposedLayout}), listing the request's own kind of item ({@link ItemKinds})
 * with samples. It takes its colours from {@code config.ts} through the shared
 * {@code theme.ts}, like every template. What visitors add is kept in their browser
 * (localStorage), unless the request needs shared data ({@link DataTierNeed}, as the
 * platform decides it for a model): then the items, comments and ratings are collections
 * of the app's data API ({@code database}, from {@link ComposedDataModel}), shared and
 * live, members sign up to add, and the samples are shown as examples until the first
 * real item; the cart stays each visitor's own.
 */
record ComposedApp(String subject, ComposedLayout layout, Set<RequestedFeature> features, ItemKinds.Kind kind,
        List<SourceFile> files, @Nullable AppSchema database) {

    /** The data-backed templates' kit the shared variant signs members in with. */
    private static final List<String> KIT = List.of("ui.ts", "form.ts", "components/AccountBar.tsx",
            "components/SignInForm.tsx", "components/Person.tsx", "components/States.tsx");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The charts a dashboard draws come from the library's components. */
    private static final List<String> CHART_COMPONENTS = List.of("bar-chart/BarChart", "stat-card/StatCard");

    static ComposedApp compose(String request, AppType requested) {
        boolean shared = DataTierNeed.of(request).needed();
        Set<RequestedFeature> features = RequestedFeature.in(request);
        ItemKinds.Kind kind = ItemKinds.of(request);
        if (kind.priced() && features.contains(RequestedFeature.CART)) {
            features.add(RequestedFeature.SORTING);
        }
        if (shared) {
            // Sharing is for what members add.
            features.add(RequestedFeature.FORM);
        }
        ComposedLayout layout = ComposedLayout.of(requested, features);
        if (layout == ComposedLayout.DASHBOARD) {
            features.add(RequestedFeature.CHARTS);
        }
        List<SourceFile> files = new ArrayList<>();
        files.add(new SourceFile("App.tsx", ComposedAppCode.app(layout, features, capitalised(kind.plural()), shared)));
        files.add(new SourceFile("theme.ts", resource("offline/shared/theme.ts")));
        files.add(new SourceFile("look.ts", resource("offline/composed/look.ts")));
        files.add(new SourceFile("spec.ts", spec(kind, features)));
        files.add(new SourceFile("items.ts", resource("offline/composed/" + (shared ? "shared/" : "") + "items.ts")));
        files.add(new SourceFile("view.ts", resource("offline/composed/view.ts")));
        files.add(new SourceFile("cart.ts", resource("offline/composed/cart.ts")));
        if (shared) {
            files.add(new SourceFile("ratings.ts", resource("offline/composed/shared/"
                    + (features.contains(RequestedFeature.RATINGS) ? "ratings.ts" : "unrated.ts"))));
            for (String kit : KIT) {
                files.add(new SourceFile(kit, resource("offline/shared/" + kit)));
            }
        }
        for (String section : ComposedAppCode.sections(layout, features)) {
            // Shared comments are the data-backed templates' own, by the member who wrote
            // them.
            files.add(shared && section.equals("Comments")
                    ? new SourceFile("components/Comments.tsx", resource("offline/shared/components/Comments.tsx"))
                    : new SourceFile("sections/" + section + ".tsx",
                            resource("offline/composed/sections/" + section + ".tsx")));
        }
        if (ComposedAppCode.charts(layout, features)) {
            for (String component : CHART_COMPONENTS) {
                files.add(new SourceFile("components/" + component.substring(component.indexOf('/') + 1) + ".tsx",
                        resource("library/components/" + component + ".tsx")));
            }
        }
        return new ComposedApp(RequestText.subject(request), layout, features, kind, List.copyOf(files),
                shared ? ComposedDataModel.of(kind, features) : null);
    }

    /** Whether what visitors add is shared, through the app's data API. */
    boolean shared() {
        return database != null;
    }

    /** What the app does, feature by feature, in the chat's words. */
    List<String> featureLabels() {
        return features.stream().map(RequestedFeature::label).toList();
    }

    /** The sample items and the switches the sections read, as {@code spec.ts}. */
    private static String spec(ItemKinds.Kind kind, Set<RequestedFeature> features) {
        boolean dated = features.contains(RequestedFeature.CALENDAR);
        boolean rated = features.contains(RequestedFeature.RATINGS);
        LocalDate today = LocalDate.now();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < kind.samples().size(); i++) {
            ItemKinds.Sample sample = kind.samples().get(i);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", "s" + (i + 1));
            item.put("title", sample.title());
            item.put("summary", sample.summary());
            item.put("category", sample.category());
            item.put("date", (dated ? today.plusDays(4L + 9L * i) : today.minusDays(3L + 11L * i)).toString());
            if (kind.priced() && sample.price() != null) {
                item.put("price", sample.price());
            }
            if (rated) {
                item.put("rating", 5 - i % 3);
            }
            items.add(item);
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", kind.singular());
        spec.put("kinds", kind.plural());
        spec.put("categories", kind.categories());
        spec.put("price", kind.priced());
        spec.put("rating", rated);
        spec.put("items", items);
        return "// What this app lists and the samples it starts with.\n"
                + "export interface Item {\n  id: string;\n  title: string;\n  summary: string;\n  category: string;\n"
                + "  date: string;\n  price?: number;\n  rating?: number;\n"
                + "  /** A sample shown until the first real item is added (shared apps). */\n  example?: boolean;\n"
                + "  /** Who added it (shared apps). */\n  owner?: number | null;\n  author?: string;\n}\n\n"
                + "export const spec: { kind: string; kinds: string; categories: string[]; price: boolean; "
                + "rating: boolean; items: Item[] } = " + JSON.writerWithDefaultPrettyPrinter().writeValueAsString(spec)
                + ";\n";
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static String resource(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
