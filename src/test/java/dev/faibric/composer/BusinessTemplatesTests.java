package dev.faibric.composer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faibric.support.Api;
import dev.faibric.support.Browser;
import dev.faibric.support.IntegrationTest;
import dev.faibric.support.SocketClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * The data-backed business templates, each generated offline from a realistic prompt,
 * deployed, and used in headless Chromium by two people in two browsers (cookies of their
 * own): one signs up and creates something, the other sees it appear without reloading
 * and acts on it; on the job board the employer then reads the application to her job and
 * moves it along. The shop and the booking portal are also run by their owner, who opens
 * the app as its admin through the one-time admin link and sees the order or booking. Two
 * Chromium sessions serve the whole class.
 */
class BusinessTemplatesTests extends IntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    /** The first build of a run warms the start check up: slow on a busy machine. */
    static final Duration BUILD = Duration.ofSeconds(120);

    static final String PASSWORD = "correct horse battery";

    @RegisterExtension
    static final Browser alice = new Browser();

    @RegisterExtension
    static final Browser bob = new Browser();

    @Test
    void aShopsOwnerAddsAProductACustomerOrdersItAndTheOwnerShipsIt() {
        App app = generate("an online shop where customers order and I see the orders", "shop.ts");
        bob.openApp(app.url());
        visible(bob, "[data-testid=no-products]");

        openAsAdmin(alice, app);
        click(alice, "nav-products");
        type(alice, "product-name", "Beeswax candle");
        type(alice, "product-price", "12.50");
        type(alice, "product-stock", "5");
        click(alice, "product-save");

        // The customer's shop shows the new product without a reload.
        click(bob, "[data-testid=product][data-name='Beeswax candle'] [data-testid=add-to-cart]");
        waitText(bob, "[data-testid=cart-button]", "1");
        click(bob, "cart-button");
        click(bob, "checkout-sign-up");
        signUpInDialog(bob, app, "Bob Buyer");
        type(bob, "checkout-address", "1 Harbour Street, Springfield");
        click(bob, "place-order");
        waitText(bob, "[data-testid=order-placed]", "Order #");

        click(alice, "nav-desk");
        waitText(alice, "[data-testid=order]", "Bob Buyer");
        waitText(alice, "[data-testid=order]", "1 × Beeswax candle");
        click(alice, "mark-shipped");

        click(bob, "nav-orders");
        waitText(bob, "[data-testid=order-status]", "Shipped");
        click(alice, "nav-products");
        waitText(alice, "[data-testid=managed-product]", "4 in stock");
        noConsoleProblems();
    }

    @Test
    void aVisitorBooksAnOpenTimeWhichIsThenTakenForOthersAndTheOwnerSeesTheBooking() {
        App app = generate("a booking portal where customers book appointments and I see all bookings", "portal.ts");
        bob.openApp(app.url());
        visible(bob, "[data-testid=no-services]");

        openAsAdmin(alice, app);
        click(alice, "nav-setup");
        type(alice, "service-name", "Haircut");
        type(alice, "service-minutes", "30");
        type(alice, "service-price", "25");
        click(alice, "service-save");
        waitText(alice, "[data-testid=managed-service]", "Haircut");
        click(alice, "open-times");
        waitText(alice, "[data-testid=toast]", "Opened 16 times");

        click(bob, "service");
        click(bob, "slot");
        click(bob, "book-sign-up");
        signUpInDialog(bob, app, "Bob Booker");
        click(bob, "confirm-booking");
        waitText(bob, "[data-testid=booking-confirmed]", "You're booked, Bob Booker");

        click(alice, "nav-book");
        click(alice, "service");
        visible(alice, "[data-testid=slot-taken]");
        assertThat(alice.driver().findElements(By.cssSelector("[data-testid=slot]"))).hasSize(15);
        click(alice, "nav-schedule");
        waitText(alice, "[data-testid=booking]", "Bob Booker");
        waitText(alice, "[data-testid=booking]", "Haircut");
        noConsoleProblems();
    }

    @Test
    void anEmployerPostsAJobAndASeekerSeesItLiveAndApplies() {
        App app = generate("a job board where employers post jobs and people apply", "jobs.ts");
        bob.openApp(app.url());
        visible(bob, "[data-testid=no-jobs]");

        signUp(alice, app, "Alice Employer");
        click(alice, "nav-post");
        type(alice, "job-title", "Weekend barista");
        type(alice, "job-company", "Bean There");
        type(alice, "job-location", "Lisbon");
        type(alice, "job-description", "Pull great shots on Saturdays and Sundays; we train you on our roaster.");
        click(alice, "publish-job");
        waitText(alice, "[data-testid=my-job]", "Weekend barista");

        click(bob, "[data-testid=job][data-title='Weekend barista'] button");
        click(bob, "apply-sign-up");
        signUpInDialog(bob, app, "Bob Seeker");
        type(bob, "apply-letter", "Three years behind the bar at a busy cafe, and I love latte art.");
        click(bob, "send-application");
        visible(bob, "[data-testid=already-applied]");
        bob.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        click(bob, "nav-applied");
        waitText(bob, "[data-testid=my-application]", "Weekend barista");
        waitText(bob, "[data-testid=application-status]", "Received");

        // The employer reads the application to her job, no admin needed, and moves it
        // along.
        click(alice, "nav-hiring");
        waitText(alice, "[data-testid=application]", "Bob Seeker");
        waitText(alice, "[data-testid=application]", "latte art");
        new Select(visible(alice, "[data-testid=application] [data-testid=set-status]")).selectByValue("interview");
        waitText(alice, "[data-testid=application] [data-testid=application-status]", "Interview");
        // The applicant's page follows without a reload.
        waitText(bob, "[data-testid=application-status]", "Interview");
        noConsoleProblems();
    }

    @Test
    void theAdminWritesACourseAndALearnerEnrolsAndFinishesALesson() {
        App app = generate("a course platform where students enrol and track their progress", "courses.ts");
        bob.openApp(app.url());
        visible(bob, "[data-testid=no-courses]");

        openAsAdmin(alice, app);
        click(alice, "nav-manage");
        type(alice, "course-title-input", "Sourdough basics");
        click(alice, "save-course");
        click(alice, "new-lesson");
        type(alice, "lesson-title", "Feeding your starter");
        type(alice, "lesson-body", "Feed it flour and water every morning.\n\nKeep it warm.");
        click(alice, "save-lesson");
        waitText(alice, "[data-testid=managed-lesson]", "Feeding your starter");

        click(bob, "[data-testid=course][data-title='Sourdough basics'] button");
        click(bob, "enrol");
        signUpInDialog(bob, app, "Bob Learner");
        click(bob, "enrol");
        waitText(bob, "[data-testid=progress-text]", "0 of 1 lessons done");
        waitText(bob, "[data-testid=lesson]", "Feed it flour and water");
        click(bob, "mark-done");
        waitText(bob, "[data-testid=progress-text]", "1 of 1 lessons done (100 %)");
        noConsoleProblems();
    }

    @Test
    void aSalesTeamSharesADealAndMovesItAlongThePipeline() {
        App app = generate("a CRM for my sales team with contacts, companies and a deal pipeline", "crm.ts");
        alice.openApp(app.url());
        visible(alice, "[data-testid=sign-in-needed]");
        click(alice, "open-signup");
        signUpInDialog(alice, app, "Alice Seller");
        signUp(bob, app, "Bob Seller");
        visible(bob, "[data-testid=no-deals]");

        click(alice, "new-deal");
        type(alice, "deal-title", "40 annual licences");
        type(alice, "deal-new-company", "Acme Ltd");
        type(alice, "deal-value", "12000");
        click(alice, "save-deal");

        waitText(bob, "[data-testid=stage-lead] [data-testid=deal]", "40 annual licences");
        click(bob, "advance-deal");
        waitText(alice, "[data-testid=stage-qualified] [data-testid=deal]", "Acme Ltd");
        noConsoleProblems();
    }

    @Test
    void anOrderPlacedByOneMemberTakesStockOutForEveryone() {
        App app = generate("inventory with orders that reduce stock", "inventory.ts");
        signUp(alice, app, "Alice Stock");
        click(alice, "new-item");
        type(alice, "item-sku", "MUG-1");
        type(alice, "item-name", "Blue mug");
        type(alice, "item-stock-input", "10");
        click(alice, "save-item");
        waitText(alice, "[data-testid=item-stock]", "10");

        signUp(bob, app, "Bob Packer");
        waitText(bob, "[data-testid=item]", "Blue mug");
        click(bob, "nav-orders");
        type(bob, "order-customer", "Cafe Sol");
        type(bob, "order-quantity", "3");
        click(bob, "add-line");
        click(bob, "place-order");
        waitText(bob, "[data-testid=order]", "3 × Blue mug");

        waitText(alice, "[data-testid=item-stock]", "7");
        noConsoleProblems();
    }

    @Test
    void teamMembersShareATaskAndDiscussIt() {
        App app = generate("a team task manager where members assign tasks and comment", "team.ts");
        signUp(alice, app, "Alice Lead");
        type(alice, "new-project", "Launch");
        click(alice, "add-project");
        waitText(alice, "[data-testid=board-title]", "Launch");

        signUp(bob, app, "Bob Member");
        waitText(bob, "[data-testid=board-title]", "Launch");

        type(alice, "task-title", "Write the press release");
        click(alice, "add-task");

        waitText(bob, "[data-testid=column-todo] [data-testid=task]", "Write the press release");
        click(bob, "open-task");
        type(bob, "comment-body", "I'll take this one.");
        click(bob, "send-comment");
        waitText(bob, "[data-testid=comment]", "I'll take this one.");

        click(alice, "open-task");
        waitText(alice, "[data-testid=comment]", "Bob Member");
        noConsoleProblems();
    }

    record App(long id, String slug, String url) {
    }

    /**
     * Generates an app offline and waits until it is live; `file` is one its template
     * alone has.
     */
    private App generate(String prompt, String file) {
        JsonNode created = api().generate(prompt).json();
        long id = created.path("id").asLong();
        JsonNode deployed;
        try (SocketClient socket = socket(id, "")) {
            deployed = socket.await("deployed", BUILD);
        }
        JsonNode project = api().get("/api/projects/" + id + "/").json();
        assertThat(project.path("files").findValuesAsString("path")).contains(file);
        return new App(id, created.path("slug").asString(), deployed.path("url").asString());
    }

    /** The owner opens the app signed in as its admin, through the one-time link. */
    private void openAsAdmin(Browser browser, App app) {
        Api.Response link = api().post("/api/projects/" + app.id() + "/data/admin-link", "application/json", "{}");
        assertThat(link.status()).as(link.body()).isEqualTo(200);
        browser.consoleProblems();
        browser.open(link.json().path("url").asString());
        waitText(browser, "[data-testid=account]", "Admin");
    }

    /** Opens the app and signs up from its header. */
    private static void signUp(Browser browser, App app, String name) {
        browser.openApp(app.url());
        click(browser, "open-signup");
        signUpInDialog(browser, app, name);
    }

    /** Fills in and sends the sign-up dialog, once it is open. */
    private static void signUpInDialog(Browser browser, App app, String name) {
        type(browser, "auth-name", name);
        type(browser, "auth-email",
                name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@" + app.slug() + ".test");
        type(browser, "auth-password", PASSWORD);
        click(browser, "auth-submit");
        waitText(browser, "[data-testid=account-name]", name);
    }

    private static WebElement visible(Browser browser, String css) {
        return browser.visible(By.cssSelector(css), WAIT);
    }

    /** Clicks the element a test id (or a CSS selector) names, once it is visible. */
    private static void click(Browser browser, String target) {
        visible(browser, selector(target)).click();
    }

    private static void type(Browser browser, String testId, String text) {
        WebElement input = visible(browser, selector(testId));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }

    /** Waits until some element the selector matches shows the text. */
    private static void waitText(Browser browser, String css, String text) {
        Browser.waiting(browser.driver(), WAIT)
            .ignoring(StaleElementReferenceException.class)
            .withMessage(() -> css + " never showed \"" + text + "\"")
            .until(d -> d.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.getText().contains(text)));
    }

    private static String selector(String target) {
        return target.matches("[a-z0-9-]+") ? "[data-testid=" + target + "]" : target;
    }

    private static void noConsoleProblems() {
        List<String> problems = new java.util.ArrayList<>(alice.consoleProblems());
        problems.addAll(bob.consoleProblems());
        assertThat(problems).isEmpty();
    }

}
