package dev.faibric.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which requests the model is taught server code for, and which it is not. */
class ServerCodeNeedTests {

    @ParameterizedTest
    @ValueSource(strings = { "a URL shortener with click stats", "an app to shorten links for my newsletter",
            "a webhook inbox for Stripe events", "receive GitHub webhooks and show them",
            "a chatbot that keeps my OpenAI API key on the server",
            "a weather dashboard; hide my API key from visitors", "a quote generator with the API key kept secret",
            "an API proxy for the cat facts service", "every morning send a summary email to the team",
            "a form that sends an email to me when someone signs up", "server-side redirects for my campaign links" })
    void requestsWithLogicOffTheBrowserNeedServerCode(String request) {
        assertThat(ServerCodeNeed.needed(request)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "a tip calculator", "a landing page for my bakery",
            "a discussion forum where members post questions and answer each other",
            "a kanban board that remembers my tasks", "a shop with a cart and orders",
            "a link-in-bio page with my social links", "a password generator", "a blog with comments",
            "an email signup form for my newsletter" })
    void appsThePagesAndTheDataTierServeDoNot(String request) {
        assertThat(ServerCodeNeed.needed(request)).isFalse();
    }

}
