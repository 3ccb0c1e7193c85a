package dev.faibric.composer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Api;
import dev.faibric.support.AppVisitor;
import dev.faibric.support.Member;
import dev.faibric.support.SocketClient;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

/**
 * The six community templates, each generated from a realistic request by the offline
 * composer, deployed, and used in headless Chromium by two people in two browsers of
 * their own: one signs up (or is the app's admin) and creates something, the other sees
 * it, and what either does appears for the other; the forum and the feed show it without
 * a reload. Two browsers serve every test.
 */
class CommunityTemplatesTests extends TwoBrowsersTest {

    /** A deployed app: its project and its address. */
    record App(long id, String slug, String url) {
    }

    private App deploy(String prompt) {
        JsonNode created = api().generate(prompt).json();
        long id = created.path("id").asLong();
        try (SocketClient socket = socket(id, "")) {
            String url = socket.await("deployed", Member.BUILD).path("url").asString();
            return new App(id, created.path("slug").asString(), url);
        }
    }

    /** The owner's one-time link that opens the app signed in as its admin. */
    private String adminLink(App app) {
        Api.Response link = api().post("/api/projects/" + app.id() + "/data/admin-link", "application/json", "");
        assertThat(link.status()).isEqualTo(200);
        return link.json().path("url").asString();
    }

    @Test
    void forumMembersAskAnswerAndAcceptLive() {
        App app = deploy("a discussion forum where members post questions and answer each other");
        Member ada = new Member(first, "Ada").open(app.url()).signUp();
        Member bo = new Member(second, "Bo").open(app.url()).signUp().markPage();
        String title = "How do I keep a sourdough starter alive on holiday?";

        ada.click("ask-question").type("question-title", title).choose("question-tag", "help");
        ada.type("question-body", "Two weeks away. Fridge, freezer, or a friend?").click("post-question");
        ada.waitForText("[data-testid=question-title-text]", title);
        ada.markPage();

        bo.waitForText("[data-testid=question-item]", title);
        assertThat(bo.samePage()).as("the question appeared without a reload").isTrue();
        bo.type("search", "sourdough").clickWithText("[data-testid=question-item]", title);
        bo.type("answer-body", "Feed it, then keep it in the fridge: it survives two weeks easily.")
            .click("post-answer");

        ada.waitForText("[data-testid=answer]", "keep it in the fridge");
        ada.click("accept-answer");
        bo.waitForText("[data-testid=answer]", "Accepted answer");
        assertThat(ada.samePage()).as("the answer appeared without a reload").isTrue();
        ada.open(app.url()).waitForText("[data-testid=answer-count]", "1");
    }

    @Test
    void blogOwnerPublishesAndReadersComment() {
        App app = deploy("a blog where readers can sign up and comment on my posts");
        Member owner = new Member(first, "owner").openAsAdmin(adminLink(app));
        String title = "Ten days on the Camino";

        owner.click("write-post").type("post-title-input", title).type("post-topic", "Travel");
        owner.type("post-summary", "What I packed, what I should have left at home.");
        owner.type("post-body", "Day one was rain.\n\n## What I packed\n\nToo much.").click("publish-post");
        owner.waitForText("[data-testid=post-title]", title);

        Member reader = new Member(second, "Reader").open(app.url()).signUp();
        assertThat(second.driver().findElements(By.cssSelector("[data-testid=write-post]"))).isEmpty();
        reader.clickWithText("[data-testid=post-card]", title);
        commentsReachTheWriterLive(owner, reader, "Which boots did you wear?");
    }

    @Test
    void socialFeedPostsLikesAndFollowsLive() {
        App app = deploy("a social network where people post updates, like posts and follow each other");
        Member ada = new Member(first, "Ada").open(app.url()).signUp().markPage();
        Member bo = new Member(second, "Bo").open(app.url()).signUp().markPage();
        String update = "First light over the harbour this morning.";

        ada.type("post-body", update).click("publish");

        bo.waitForText("[data-testid=post]", update);
        assertThat(bo.samePage()).as("the post appeared without a reload").isTrue();
        bo.click("like").waitForText("[data-testid=like-count]", "1");
        ada.waitForText("[data-testid=like-count]", "1");
        assertThat(ada.samePage()).as("the like arrived without a reload").isTrue();

        bo.click("follow").waitForText("[data-testid=follow]", "Following");
        bo.click("tab-following").waitForText("[data-testid=post]", update);
        ada.clickWithText("[data-testid=post] a", "Ada").waitForText("[data-testid=follower-count]", "1");
    }

    @Test
    void newsroomPublishesInASectionAndReadersComment() {
        App app = deploy("a news website with articles by category and reader comments");
        Member editor = new Member(first, "owner").openAsAdmin(adminLink(app));
        String headline = "Harbour rowing club wins the regional cup";

        editor.click("write-article").type("article-headline", headline).choose("article-category", "sport");
        editor.type("article-standfirst", "A last-minute surge takes the title.");
        editor.type("article-body", "The crew trailed until the final bend.").click("publish-article");
        editor.waitForText("[data-testid=headline]", headline);

        Member reader = new Member(second, "Reader").open(app.url()).signUp();
        reader.click("section-sport").clickWithText("[data-testid=article-card]", headline);
        commentsReachTheWriterLive(editor, reader, "Brilliant race, well done.");
    }

    /**
     * A reader comments on the writer's page, and the writer sees it come without a
     * reload.
     */
    private static void commentsReachTheWriterLive(Member writer, Member reader, String comment) {
        writer.markPage();
        reader.type("comment-body", comment).click("post-comment");
        writer.waitForText("[data-testid=comment]", comment);
        assertThat(writer.samePage()).as("the comment arrived without a reload").isTrue();
    }

    @Test
    void membersWriteSealedMessagesOnlyTheyCanRead() {
        App app = deploy("a private messages inbox for our club members");
        Member ada = new Member(first, "Ada").open(app.url()).signUp();
        Member bo = new Member(second, "Bo").open(app.url()).signUp().markPage();
        String secret = "The spare key is under the blue pot.";

        ada.click("write").type("recipient-search", "Bo").click("pick-recipient");
        ada.type("message-subject-input", "Key").type("message-body", secret).click("send");
        ada.waitForText("[data-testid=open-body]", secret);

        bo.waitForText("[data-testid=message-subject]", "Key");
        assertThat(bo.samePage()).as("the message arrived without a reload").isTrue();
        bo.click("message-item").waitForText("[data-testid=open-body]", secret);
        bo.click("reply").type("message-body", "Thanks, got it.").click("send");

        ada.click("folder-inbox").waitForText("[data-testid=message-subject]", "Re: Key");

        AppVisitor eve = new AppVisitor(app.slug(), port);
        assertThat(eve.signUp("eve@example.com", "correct horse battery").status()).isEqualTo(201);
        Api.Response stored = eve.get("/_api/data/messages");
        assertThat(stored.json().path("total").asInt()).isEqualTo(2);
        assertThat(stored.body()).doesNotContain("spare key").doesNotContain("got it");
        assertThat(eve.get("/_api/data/keychains").json().path("total").asInt()).as("others' locked keys").isZero();
    }

    @Test
    void organiserCreatesAnEventAndVisitorsRsvpLive() {
        App app = deploy("an RSVP app for our club's events");
        Member organiser = new Member(first, "owner").openAsAdmin(adminLink(app));
        String title = "Summer barbecue";
        String nextWeek = LocalDateTime.now()
            .plusDays(7)
            .withHour(18)
            .withMinute(30)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));

        organiser.click("new-event").type("event-title-input", title).setValue("event-starts", nextWeek);
        organiser.type("event-place", "Riverside park").type("event-capacity", "20").click("save-event");
        organiser.waitForText("[data-testid=event-title]", title);
        organiser.markPage();

        Member guest = new Member(second, "Guest").open(app.url()).signUp();
        guest.clickWithText("[data-testid=event-card]", title);
        guest.click("rsvp-going").waitForText("[data-testid=going-count]", "1 going");

        organiser.waitForText("[data-testid=going-list]", "Guest");
        assertThat(organiser.samePage()).isTrue();
        guest.click("rsvp-maybe");
        organiser.waitForText("[data-testid=maybe-list]", "Guest");
    }

}
