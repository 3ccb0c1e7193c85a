package dev.faibric.composer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.data.Access;
import dev.faibric.data.AppSchema;
import dev.faibric.data.Collection;
import dev.faibric.data.FieldType;
import dev.faibric.project.AppType;
import dev.faibric.project.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The composed app's parts on the labelled requests, without a server: colour
 * instructions leave the request and its subject, the features a request lists are found,
 * and the app is assembled from the sections they call for.
 */
class ComposedAppTests {

    @Test
    void colourInstructionsLeaveWhatTheRequestIsAbout() {
        List<String> left = new ArrayList<>();
        for (LabelledRequests r : LabelledRequests.all()) {
            String about = RequestText.withoutColours(r.request()).toLowerCase(Locale.ROOT);
            if (about.matches(".*\\b(background|components|ui elements|buttons on)\\b.*")) {
                left.add(r.request() + " -> " + about);
            }
        }
        assertThat(left).isEmpty();
        assertThat(RequestText
            .withoutColours("A quiz game with teal buttons on an ivory background, and a score at the end"))
            .isEqualTo("A quiz game, and a score at the end");
        assertThat(RequestText.withoutColours("I need a job board where companies post openings and candidates "
                + "filter by location; use a lavender background and teal components"))
            .isEqualTo("I need a job board where companies post openings and candidates filter by location;");
    }

    @Test
    void theSubjectIsWhatTheRequestAsksFor() {
        assertThat(RequestText.subject("Please implement a poetry blog where I publish my poems. "
                + "Set the background color to lavender and the component color to navy."))
            .isEqualTo("poetry blog");
        assertThat(RequestText.subject("Please implement a website for generating stock reports with charts"))
            .isEqualTo("generating stock reports");
        assertThat(RequestText.subject("I need a job board where companies post openings")).isEqualTo("job board");
    }

    @Test
    void composedRequestsGetTheFeaturesTheyList() {
        List<String> missing = new ArrayList<>();
        for (LabelledRequests r : LabelledRequests.all()) {
            if (!r.composedFits()) {
                continue;
            }
            ComposedApp app = ComposedApp.compose(r.request(), AppType.WEBAPP);
            List<String> found = app.features().stream().map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
            if (!found.containsAll(r.features())) {
                missing.add(r.request() + " -> " + found);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void aPoetryBlogListsPoemsWithTheSectionsItAsksFor() {
        ComposedApp app = ComposedApp.compose(
                "a poetry blog where readers search poems by theme and comment on them; use lavender for the background and navy for components",
                AppType.WEBSITE);

        assertThat(app.kind().plural()).isEqualTo("poems");
        assertThat(app.layout()).isEqualTo(ComposedLayout.WEBSITE);
        assertThat(app.features()).contains(RequestedFeature.SEARCH, RequestedFeature.COMMENTS);
        // Readers who comment share their comments: the data-backed templates' own.
        assertThat(app.shared()).isTrue();
        assertThat(app.files().stream().map(SourceFile::path))
            .contains("App.tsx", "theme.ts", "spec.ts", "sections/Hero.tsx", "sections/Toolbar.tsx",
                    "components/Comments.tsx")
            .doesNotContain("sections/Cart.tsx", "components/BarChart.tsx");
        assertThat(app.files().getFirst().content()).contains("<Comments", "search={true}",
                "data-testid=\"app-title\"");
        assertThat(ComposedProse.chat(app, "a poetry blog")).contains("no built-in template fits a poetry blog",
                "not a language model", "An AI model would add");
    }

    @Test
    void aStockReportDashboardDrawsChartsWithTheLibrarysComponents() {
        ComposedApp app = ComposedApp.compose("Please implement a website for generating stock reports with charts",
                AppType.DASHBOARD);

        assertThat(app.layout()).isEqualTo(ComposedLayout.DASHBOARD);
        assertThat(app.kind().plural()).isEqualTo("stock reports");
        assertThat(app.files().stream().map(SourceFile::path)).contains("sections/Charts.tsx",
                "components/BarChart.tsx", "components/StatCard.tsx");
    }

    @Test
    void aRequestThatNeedsSharedDataKeepsItsItemsInTheDataTier() {
        ComposedApp app = ComposedApp.compose(
                "a recipe exchange where members post recipes, rate them and comment; white background, teal buttons",
                AppType.WEBAPP);

        assertThat(app.shared()).isTrue();
        assertThat(app.kind().plural()).isEqualTo("recipes");
        AppSchema schema = app.database();
        assertThat(schema).isNotNull();
        assertThat(schema.collections().stream().map(Collection::name)).containsExactly("items", "comments", "ratings");
        Collection items = schema.collection("items").orElseThrow();
        assertThat(items.access()).isEqualTo(Access.DEFAULT);
        assertThat(items.field("category").orElseThrow().values()).isEqualTo(app.kind().categories());
        assertThat(items.field("title").orElseThrow().max()).isEqualTo(120.0);
        assertThat(items.field("date").orElseThrow().type()).isEqualTo(FieldType.DATETIME);
        assertThat(items.field("price")).isEmpty();
        assertThat(schema.collection("comments").orElseThrow().field("item").orElseThrow().collection())
            .isEqualTo("items");
        assertThat(schema.collection("ratings").orElseThrow().unique()).containsExactly(List.of("item", "owner"));

        Map<String, String> files = app.files()
            .stream()
            .collect(Collectors.toMap(SourceFile::path, SourceFile::content));
        assertThat(files)
            .containsKeys("items.ts", "ratings.ts", "cart.ts", "components/AccountBar.tsx", "components/Comments.tsx",
                    "sections/ItemForm.tsx")
            .doesNotContainKey("sections/Comments.tsx");
        assertThat(files.get("items.ts")).contains("from 'faibric/data'", "useCollection<ItemRow>('items'");
        assertThat(files.get("cart.ts")).contains("localStorage").doesNotContain("faibric/data");
        assertThat(files.get("App.tsx")).contains("<AccountBar", "<ItemForm onAdd={store.add} />", "<SignInPrompt",
                "<Comments field=\"item\"", "store.owns(item)", "data-testid=\"examples-note\"",
                "shared with every visitor");
        assertThat(ComposedProse.chat(app, "a recipe exchange"))
            .contains("not a language model", "shared by every visitor", "members sign up to add, comment and rate")
            .doesNotContain("kept in the visitor's browser", "accounts and sign-in");
    }

    @Test
    void aPrivateJournalStaysInTheBrowser() {
        ComposedApp app = ComposedApp.compose("a private journal for my moods", AppType.WEBAPP);

        assertThat(app.shared()).isFalse();
        assertThat(app.database()).isNull();
        assertThat(app.files()).noneMatch(f -> f.content().contains("faibric/data"));
        assertThat(app.files().getFirst().content()).contains("kept in this browser").doesNotContain("AccountBar");
        assertThat(ComposedProse.chat(app, "a private journal for my moods")).contains("kept in the visitor's browser",
                "data shared by every visitor on the server");
    }

    @Test
    void aPricedSharedKindHasAPriceAndAnAppWithoutRatingsNoRatings() {
        ComposedApp app = ComposedApp.compose("a plant swap board where neighbours list the plants they give away",
                AppType.WEBAPP);

        assertThat(app.shared()).isTrue();
        AppSchema schema = app.database();
        assertThat(schema).isNotNull();
        assertThat(schema.collection("items").orElseThrow().field("price").orElseThrow().min()).isEqualTo(0.0);
        assertThat(schema.collection("ratings")).isEmpty();
        assertThat(app.files()).filteredOn(f -> f.path().equals("ratings.ts"))
            .singleElement()
            .satisfies(f -> assertThat(f.content()).doesNotContain("faibric/data"));
        assertThat(app.features()).contains(RequestedFeature.FORM);
    }

}
