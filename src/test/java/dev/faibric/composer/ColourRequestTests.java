package dev.faibric.composer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.composer.ColourNames.Colour;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColourRequestTests {

    /**
     * Phrasings people use, with {X} for the page background and {Y} for the components.
     */
    static final List<String> PHRASINGS = List.of("Set the background color to {X} and the component color to {Y}.",
            "Use {X} for the background and {Y} for components.",
            "Apply {X} as the background; style all components with {Y}.",
            "Define the background as {X} and components as {Y}.",
            "Assign {X} to the background and {Y} to the UI elements.",
            "Configure the background color to {X}, with components using {Y}.",
            "a tip calculator with {Y} buttons on a {X} background", "a todo app with a {X} background and {Y} buttons",
            "background: {X}; buttons: {Y}",
            "Please implement a website for generating stock reports. It should list the reports by date and "
                    + "let me download them. Set the background colour to {X} and the component colour to {Y}.",
            "The page background should be {X} and the buttons should be {Y}.",
            "I want a {X} background with {Y} components", "Make the background {X} and the buttons {Y}",
            "Background color: {X}. Component color: {Y}.",
            "Use a {X} page background, and {Y} for buttons, links and headers.", "{X} background, {Y} accent color",
            "Colour the background {X} and colour the buttons {Y}.", "Give it a {X} backdrop with {Y} navigation",
            "The background must be {X}; the primary color is {Y}.",
            "Paint the background {X} and use {Y} for the buttons.",
            "Set background-color to {X} and make all buttons {Y}.", "Buttons in {Y}, background in {X}.",
            "{Y} for the buttons and {X} for the page background",
            "Create a dashboard for my shop. Background colour should be {X}. Buttons: {Y}.",
            "Choose {X} as the background colour and {Y} as the primary colour.",
            "The components should use {Y} while the background is {X}.", "Background {X}, components {Y}",
            "using {X} as the background color and {Y} as the component color",
            "a {X}-colored background with {Y}-colored buttons", "{X} bg, {Y} buttons",
            "Let the background be {X} and the buttons be {Y}.",
            "Set the page background to {X}. Set the button colour to {Y}.",
            "Style the components with {Y} on a {X} background.",
            "Go with {X} for the background and {Y} for the navigation bar and buttons.",
            "Our brand colour is {Y} and the site background should be {X}",
            "Apply a {X} background to the whole page and {Y} to all UI components.",
            "I'd like the background in {X} and the components in {Y}.",
            "Use {Y} for links, buttons and headers on a {X} page background.",
            "Colors: background {X}, components {Y}.",
            "please give the app a background of {X} and make the components {Y}",
            "Make it {X} in the background with {Y} elements",
            "I need a booking page for my salon; the background needs to be {X}, and the buttons {Y}.",
            "Build me an app to track my daily water intake. Use a {X} background. Buttons should be {Y}.");

    /** Background colours as written, with their hex values. */
    static final List<String[]> BACKGROUNDS = List.of(new String[] { "lavender", "#e6e6fa" },
            new String[] { "ghost white", "#f8f8ff" }, new String[] { "light goldenrod yellow", "#fafad2" },
            new String[] { "#1e1e1e", "#1e1e1e" }, new String[] { "rgb(255, 255, 240)", "#fffff0" },
            new String[] { "honeydew", "#f0fff0" }, new String[] { "mint cream", "#f5fffa" },
            new String[] { "ivory", "#fffff0" }, new String[] { "white", "#ffffff" },
            new String[] { "charcoal", "#36454f" }, new String[] { "Off-White", "#faf9f6" });

    /** Component colours as written, with their hex values. */
    static final List<String[]> COMPONENTS = List.of(new String[] { "navy blue", "#000080" },
            new String[] { "navy", "#000080" }, new String[] { "teal", "#008080" }, new String[] { "#abc", "#aabbcc" },
            new String[] { "rgb(0, 0, 128)", "#000080" }, new String[] { "royal blue", "#4169e1" },
            new String[] { "dark slate gray", "#2f4f4f" }, new String[] { "gold", "#ffd700" },
            new String[] { "burgundy", "#800020" }, new String[] { "Forest Green", "#228b22" },
            new String[] { "#C71585", "#c71585" }, new String[] { "light goldenrod", "#eedd82" },
            new String[] { "sky blue", "#87ceeb" });

    @Test
    void everyPhrasingGivesTheBackgroundAndTheComponentsExactly() {
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (int p = 0; p < PHRASINGS.size(); p++) {
            for (int shift = 0; shift < 3; shift++) {
                String[] x = BACKGROUNDS.get((p + shift * 4) % BACKGROUNDS.size());
                String[] y = COMPONENTS.get((p * 3 + shift * 5) % COMPONENTS.size());
                String request = PHRASINGS.get(p).replace("{X}", x[0]).replace("{Y}", y[0]);
                ColourRequest asked = ColourRequest.parse(request);
                String background = asked.background() == null ? null : asked.background().hex();
                String components = asked.components() == null ? null : asked.components().hex();
                if (!x[1].equals(background) || !y[1].equals(components)) {
                    wrong.add(request + " -> background " + background + ", components " + components);
                }
                cases++;
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(cases).isGreaterThanOrEqualTo(120);
    }

    @Test
    void theTableHasEveryCssNamedColourWithItsExactValue() {
        assertThat(ColourNames.css()).hasSize(148)
            .containsEntry("rebeccapurple", "#663399")
            .containsEntry("lightgoldenrodyellow", "#fafad2")
            .containsEntry("darkslategrey", "#2f4f4f")
            .containsEntry("darkslategray", "#2f4f4f")
            .containsEntry("ghostwhite", "#f8f8ff")
            .containsEntry("mintcream", "#f5fffa")
            .containsEntry("navy", "#000080");
        ColourNames.css()
            .forEach((name, hex) -> assertThat(ColourNames.of(name)).as(name)
                .hasValueSatisfying(c -> assertThat(c.hex()).isEqualTo(hex)));
    }

    @Test
    void namesAreReadWrittenTogetherApartOrHyphenated() {
        for (String written : List.of("ghost white", "GhostWhite", "ghost-white", "ghostwhite")) {
            assertThat(ColourNames.of(written)).as(written)
                .hasValueSatisfying(c -> assertThat(c.hex()).isEqualTo("#f8f8ff"));
        }
        assertThat(ColourNames.of("#ABC")).hasValueSatisfying(c -> assertThat(c.hex()).isEqualTo("#aabbcc"));
        assertThat(ColourNames.of("rgb(30,30,30)")).hasValueSatisfying(c -> assertThat(c.hex()).isEqualTo("#1e1e1e"));
        assertThat(ColourNames.of("rgb(300, 0, 0)")).isEmpty();
        assertThat(ColourNames.of("bakery")).isEmpty();
    }

    @Test
    void aNameThatIsNotCssIsMappedAndSaidSo() {
        Colour charcoal = ColourNames.of("charcoal").orElseThrow();
        assertThat(charcoal.hex()).isEqualTo("#36454f");
        assertThat(charcoal.note()).isEqualTo("\u201ccharcoal\u201d is not a CSS colour name; used #36454f");
        assertThat(ColourNames.of("navy blue").orElseThrow().note()).contains("used navy (#000080)");
        assertThat(ColourNames.of("lavender").orElseThrow().note()).isNull();
        for (String name : List.of("charcoal", "navy blue", "light goldenrod", "azure mist", "burgundy", "mint",
                "cream", "off-white", "sand", "slate", "teal blue", "baby blue", "dark navy", "sage", "terracotta")) {
            assertThat(ColourNames.of(name)).as(name).hasValueSatisfying(c -> assertThat(c.note()).isNotNull());
        }
        assertThat(ColourRequest.parse("use charcoal for the background").notes())
            .containsExactly("\u201ccharcoal\u201d is not a CSS colour name; used #36454f");
    }

    @Test
    void aHueAloneIsOnlyATheme() {
        assertThat(ColourRequest.parse("a tip calculator in navy")).satisfies(r -> {
            assertThat(r.background()).isNull();
            assertThat(r.components()).isNull();
            assertThat(r.hue()).isEqualTo("navy");
        });
        assertThat(ColourRequest.parse("a quiz with a lavender theme").theme().hex()).isEqualTo("#e6e6fa");
        assertThat(ColourRequest.parse("a dark todo app with green accents").hue()).isEqualTo("green");
        assertThat(ColourRequest.parse("a recipe site for salmon and chocolate cake").asksForColours()).isFalse();
        assertThat(ColourRequest.parse("white text on a navy background")).satisfies(r -> {
            assertThat(r.background().hex()).isEqualTo("#000080");
            assertThat(r.components()).isNull();
        });
    }

    @Test
    void changesNameOneRole() {
        assertThat(ColourRequest.parse("make the background lavender")).satisfies(r -> {
            assertThat(r.background().hex()).isEqualTo("#e6e6fa");
            assertThat(r.components()).isNull();
        });
        for (String change : List.of("change the buttons to teal", "components in teal", "make the buttons teal",
                "teal buttons please", "use teal for the buttons")) {
            assertThat(ColourRequest.parse(change)).as(change).satisfies(r -> {
                assertThat(r.background()).isNull();
                assertThat(r.components().hex()).isEqualTo("#008080");
            });
        }
    }

}
