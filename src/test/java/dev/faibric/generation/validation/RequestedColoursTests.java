package dev.faibric.generation.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.generation.prompt.ModelRequests;
import dev.faibric.project.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestedColoursTests {

    static final String REQUEST = "A stock reports site. Set the background color to lavender and the component color to "
            + "navy.";

    @Test
    void aColourAskedForThatNoFileHasIsAWarning() {
        List<SourceFile> files = List.of(new SourceFile("App.tsx", "const bg = '#E6E6FA'; const fg = '#111';"));
        assertThat(RequestedColours.missing(REQUEST, files))
            .containsExactly("the component colour asked for, #000080 (navy), is not in the app's code");
        assertThat(RequestedColours.missing(REQUEST,
                List.of(new SourceFile("config.ts", "background: '#e6e6fa', primary: '#000080'"))))
            .isEmpty();
        assertThat(RequestedColours.missing("buttons in #ffcc00 on a white background",
                List.of(new SourceFile("App.tsx", "'#fc0' '#fff'"))))
            .isEmpty();
        assertThat(RequestedColours.missing("a tip calculator in navy", List.of(new SourceFile("App.tsx", ""))))
            .isEmpty();
    }

    @Test
    void theModelIsToldTheColoursExactly() {
        assertThat(ModelRequests.withColours(REQUEST)).startsWith(REQUEST)
            .contains("The user asked for page background #e6e6fa (lavender) and component colour #000080 (navy): "
                    + "use exactly these values");
        assertThat(ModelRequests.withColours("a charcoal background")).contains("page background #36454f (charcoal)");
        assertThat(ModelRequests.withColours("a tip calculator")).isEqualTo("a tip calculator");
    }

}
