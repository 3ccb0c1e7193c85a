package dev.faibric.composer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfflineChangesTests {

    @Test
    void aNewTitleIsDoneAndNothingElseIsClaimed() {
        OfflineChanges.Plan plan = OfflineChanges.plan("make the title say Morning Wins");
        assertThat(plan.title()).isEqualTo("Morning Wins");
        assertThat(plan.colours()).isEmpty();
        assertThat(plan.notDone()).isEmpty();
        assertThat(plan.report()).contains("renamed the app \u201cMorning Wins\u201d").doesNotContain("colours");
    }

    @Test
    void titlesArePhrasedManyWays() {
        assertThat(OfflineChanges.plan("call it Salt and Pepper").title()).isEqualTo("Salt and Pepper");
        assertThat(OfflineChanges.plan("Rename it to \"Crumb & Co\".").title()).isEqualTo("Crumb & Co");
        assertThat(OfflineChanges.plan("the title should be: Tide Tables").title()).isEqualTo("Tide Tables");
        assertThat(OfflineChanges.plan("please change the name to Pocket Budget!").title()).isEqualTo("Pocket Budget");
    }

    @Test
    void whatItCannotDoIsSaidClauseByClause() {
        OfflineChanges.Plan plan = OfflineChanges.plan("make it green and add a search box, then sort by date");
        assertThat(plan.colours()).isEqualTo("make it green");
        assertThat(plan.notDone()).containsExactly("add a search box", "sort by date");
        assertThat(plan.report()).contains("changed the colours")
            .contains("Not done")
            .contains("\u201cadd a search box\u201d")
            .contains("\u201csort by date\u201d");
    }

    @Test
    void aRequestWithNothingItCanDoIsRefusedWithWhatItCouldDo() {
        OfflineChanges.Plan plan = OfflineChanges.plan("add a login page");
        assertThat(plan.doesAnything()).isFalse();
        assertThat(plan.refusal()).contains("\u201cadd a login page\u201d")
            .contains("call it")
            .contains("ANTHROPIC_API_KEY")
            .contains("unchanged");
    }

    @Test
    void darkAndLightCountAsColours() {
        assertThat(OfflineChanges.plan("dark mode please").colours()).isEqualTo("dark mode please");
        assertThat(OfflineChanges.plan("make it dark with purple buttons").notDone()).isEmpty();
    }

    @Test
    void aNamedColourChangesOnlyWhatItIsFor() {
        OfflineChanges.Plan background = OfflineChanges.plan("make the background lavender");
        assertThat(background.colours()).isEqualTo("make the background lavender");
        assertThat(background.report()).contains("set the page background to #e6e6fa (lavender)")
            .doesNotContain("buttons");
        assertThat(OfflineChanges.plan("make the buttons navy").report())
            .contains("set the buttons, links, headers and navigation to #000080 (navy)")
            .doesNotContain("background");
        assertThat(OfflineChanges.plan("components in charcoal").report())
            .contains("\u201ccharcoal\u201d is not a CSS colour name; used #36454f");
        assertThat(OfflineChanges.plan("change the buttons to #abc").doesAnything()).isTrue();
    }

}
