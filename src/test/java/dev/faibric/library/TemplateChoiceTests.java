package dev.faibric.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.project.AppType;
import dev.faibric.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The library finds the template a request means, by meaning and app type, with its files
 * ready to build from.
 */
class TemplateChoiceTests extends IntegrationTest {

    @Autowired
    LibrarySearch library;

    @ParameterizedTest(name = "\"{0}\" uses {2}")
    @CsvSource(delimiter = '|', textBlock = """
            a tip calculator                          | tool      | tip-calculator
            convert miles to kilometers               | tool      | unit-converter
            a pomodoro timer                          | tool      | countdown-timer
            a landing page for my bakery              | website   | landing-page
            a kanban board that remembers my tasks    | webapp    | kanban-board
            a sales dashboard with monthly revenue    | dashboard | sales-dashboard
            a tic-tac-toe game                        | game      | tic-tac-toe
            a contact form for my design studio       | form      | contact-form
            """)
    void picksTheTemplateThatFitsTheRequest(String prompt, String type, String slug) {
        TemplateMatch match = library.closestTemplate(prompt, AppType.parse(type).orElseThrow()).orElseThrow();

        assertThat(match.slug()).isEqualTo(slug);
        assertThat(match.appType().wire()).isEqualTo(type);
        assertThat(match.files().getFirst().path()).isEqualTo("App.tsx");
        assertThat(match.files()).anySatisfy(f -> assertThat(f.path()).isEqualTo("theme.ts"));
        assertThat(match.similarity()).isBetween(0.0, 1.0);
    }

}
