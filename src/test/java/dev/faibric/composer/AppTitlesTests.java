package dev.faibric.composer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppTitlesTests {

    /** The cases of composer/app-titles.tsv: request, app type, title. */
    static List<String[]> cases() throws IOException {
        try (InputStream in = AppTitlesTests.class.getResourceAsStream("/composer/app-titles.tsv")) {
            List<String[]> cases = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    cases.add(line.split("\t"));
                }
            }
            return cases;
        }
    }

    @Test
    void everyRequestIsNamedAfterItsSubject() throws IOException {
        List<String[]> cases = cases();
        List<String> wrong = new ArrayList<>();
        for (String[] c : cases) {
            String title = AppTitles.from(c[0], "Fallback", c[1].equals("website"));
            if (!title.equals(c[2])) {
                wrong.add(c[0] + " -> " + title + " (expected " + c[2] + ")");
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void aTitleIsNeverTheRequestsVerbOrItsStyling() throws IOException {
        for (String[] c : cases()) {
            assertThat(AppTitles.from(c[0], "Fallback", c[1].equals("website"))).as(c[0])
                .doesNotContainIgnoringCase("implement")
                .doesNotContainIgnoringCase("develop")
                .doesNotContainIgnoringCase("background")
                .doesNotContainIgnoringCase("colour")
                .doesNotContainIgnoringCase("modern")
                .doesNotContainIgnoringCase("responsive");
        }
    }

}
