package dev.faibric.composer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.project.AppType;
import dev.faibric.project.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        assertThat(app.files().stream().map(SourceFile::path))
            .contains("App.tsx", "theme.ts", "spec.ts", "sections/Hero.tsx", "sections/Toolbar.tsx",
                    "sections/Comments.tsx")
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

}
