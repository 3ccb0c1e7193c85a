package dev.faibric.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.classification.AppTypeClassifier;
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

    @Autowired
    AppTypeClassifier classifier;

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

    /**
     * Requests for apps whose data is shared (customers and orders, sign-in, a team)
     * reach the data-backed templates, with the app type the classifier gives them as in
     * a real generation; single-browser requests keep their templates.
     */
    @ParameterizedTest(name = "\"{0}\" uses {1}")
    @CsvSource(delimiter = '|', textBlock = """
            an online shop where customers order and I see the orders                | online-shop
            an online store with a cart and checkout                                 | online-shop
            a shop for my bakery with a cart and orders                              | online-shop
            a job board where employers post jobs and people apply                   | job-board
            a careers site where candidates apply for our vacancies                  | job-board
            a course platform where students enrol and track their progress          | course-platform
            an online course website with lessons                                    | course-platform
            a booking portal where customers book appointments and I see all bookings | booking-portal
            an online booking system for my salon with customer accounts             | booking-portal
            a CRM for my sales team with contacts, companies and a deal pipeline     | crm
            a simple crm to keep track of clients and deals                          | crm
            inventory with orders that reduce stock                                  | inventory-orders
            an inventory management app for my shop                                  | inventory-orders
            a team task manager where members assign tasks and comment               | team-tasks
            a shared to-do list for my team with due dates                           | team-tasks
            a kanban board that remembers my tasks                                   | kanban-board
            a booking form for dog grooming appointments                             | booking-form
            an expense tracker                                                       | expense-tracker
            """)
    void sharedDataRequestsPickTheDataBackedTemplates(String prompt, String slug) {
        TemplateMatch match = library.closestTemplate(prompt, classifier.classify(prompt)).orElseThrow();

        assertThat(match.slug()).isEqualTo(slug);
    }

}
