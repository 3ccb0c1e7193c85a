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
            a discussion forum where members post questions and answer each other | webapp | discussion-forum
            a blog where readers can sign up and comment on my posts | website | blog-with-comments
            a social network where people post updates, like posts and follow each other | webapp | social-feed
            a news website with articles by category and reader comments | website | news-site
            an app where users send private messages to each other | webapp | messages-inbox
            an event page where people can RSVP       | form      | event-rsvp
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

    /**
     * The common ways to ask for an app with shared data reach its template through the
     * whole choice, the classifier's app type included (which is not always the
     * template's: "a discussion forum where members post questions" reads as a form).
     */
    @ParameterizedTest(name = "\"{0}\" uses {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a discussion forum where members post questions and answer each other | discussion-forum
            a forum                                                 | discussion-forum
            a Q&A site where people ask questions and get answers   | discussion-forum
            a message board for our club                            | discussion-forum
            a blog with comments                                    | blog-with-comments
            a travel blog with comments                             | blog-with-comments
            a social feed with likes and follows                    | social-feed
            a twitter clone                                         | social-feed
            a small social network for our school where students post and follow each other | social-feed
            a news site with categories                             | news-site
            a local news portal                                     | news-site
            an online magazine                                      | news-site
            a messages inbox                                        | messages-inbox
            private messages between users                          | messages-inbox
            an event RSVP app                                       | event-rsvp
            RSVP for my birthday party                              | event-rsvp
            an app to manage RSVPs for our meetups                  | event-rsvp
            """)
    void picksTheDataBackedTemplateForCommonPhrasings(String prompt, String slug) {
        assertThat(library.closestTemplate(prompt, classifier.classify(prompt)).orElseThrow().slug()).isEqualTo(slug);
    }

}
