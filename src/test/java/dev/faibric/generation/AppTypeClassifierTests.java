package dev.faibric.generation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AppTypeClassifierTests {

    private final AppTypeClassifier classifier = new AppTypeClassifier();

    @ParameterizedTest(name = "\"{0}\" is a {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a tip calculator                                   | tool
            A unit converter for cooking                       | tool
            pomodoro timer                                     | tool
            a landing page for my bakery                       | website
            Portfolio site for a wedding photographer          | website
            a kanban board that remembers my tasks             | webapp
            todo list with categories                          | webapp
            habit tracker                                      | webapp
            a sales dashboard with monthly revenue charts      | dashboard
            analytics overview of website traffic              | dashboard
            a tic-tac-toe game                                 | game
            memory match puzzle for kids                       | game
            a contact form for my design studio                | form
            customer satisfaction survey                       | form
            RSVP for our wedding                               | form
            something nice                                     | website
            """)
    void classifiesPromptsByTheirWords(String prompt, String type) {
        assertThat(classifier.classify(prompt)).isEqualTo(type);
    }
}
