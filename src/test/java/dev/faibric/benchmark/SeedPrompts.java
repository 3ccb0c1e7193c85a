package dev.faibric.benchmark;

import dev.faibric.support.Api;
import dev.faibric.support.RealAnswers;
import dev.faibric.support.SampleAnswers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * The seed metrics' requests: apps the code library has a template for (a model adapts
 * the template with a one-line edit of its title) and apps it has none for (a model
 * writes a whole answer: one of {@link SampleAnswers} or {@link RealAnswers} under the
 * title the request asks for). Each request names the title it expects to see.
 */
final class SeedPrompts {

    /**
     * A request, the title the app should carry, and either the template it should start
     * from or the whole answer a model writes for it.
     */
    record Case(int index, String prompt, String title, String template, String answer) {

        boolean fromTemplate() {
            return !template.isEmpty();
        }

    }

    private static final String[][] FROM_TEMPLATES = {
            { "tip-calculator", "a tip calculator for splitting the dinner bill", "Dinner Splitter" },
            { "bmi-calculator", "a BMI calculator", "Body Mass Check" },
            { "mortgage-calculator", "a mortgage calculator with monthly payments", "Home Loan Planner" },
            { "loan-calculator", "a loan payoff calculator for my car loan", "Car Loan Payoff" },
            { "currency-converter", "a currency converter for euros and dollars", "Euro Dollar Converter" },
            { "age-calculator", "an age calculator from a birth date", "Birthday Age Calculator" },
            { "password-generator", "a strong password generator", "Passphrase Maker" },
            { "word-counter", "a word counter for my essays", "Essay Word Counter" },
            { "stopwatch", "a stopwatch with lap times", "Lap Stopwatch" },
            { "countdown-timer", "a focus timer for pomodoro sessions", "Pomodoro Focus" },
            { "tic-tac-toe", "a tic-tac-toe game", "Noughts and Crosses" },
            { "snake-game", "a snake game", "Retro Snake" },
            { "memory-game", "a memory card matching game", "Card Memory" },
            { "hangman", "a hangman word game", "Word Hangman" },
            { "quiz", "a quiz game about geography", "Geography Quiz" },
            { "habit-tracker", "a habit tracker for my daily habits", "Daily Habits" },
            { "expense-tracker", "an expense tracker for my monthly spending", "Spending Log" },
            { "budget-planner", "a monthly budget planner", "Household Budget" },
            { "shopping-list", "a shopping list for groceries", "Grocery List" },
            { "notes", "a notes app for quick notes", "Quick Notes" },
            { "kanban-board", "a kanban board for my tasks", "Task Board" },
            { "landing-page", "a business landing page for my bakery", "Crumb Bakery" },
            { "portfolio", "a personal portfolio site for a web designer", "Ana Lima Design" },
            { "restaurant-site", "a website for my Italian restaurant", "Trattoria Roma" },
            { "contact-form", "a contact form for my design studio", "Studio Contact" },
            { "sales-dashboard", "a sales dashboard with monthly revenue charts", "Revenue Dashboard" },
            { "world-clock", "a world clock showing several time zones", "Time Zones" } };

    /**
     * Requests for apps no template is close to, by the answer they vary: request, title,
     * request, title...
     */
    private static final List<New> NEW_APPS = Stream
        .of(apps(RealAnswers::cssImport, "Focus Timer", "a breathing exercise guide that paces inhale and exhale",
                "Breathe Easy", "a plank exercise routine with rest intervals", "Plank Intervals"),
                apps(RealAnswers::stylesheetsInImportOrder, "Team Directory",
                        "a staff directory for our office with names and roles", "Office Directory",
                        "a roster of our volunteers with their skills", "Volunteer Roster"),
                apps(RealAnswers::cssModule, "Sales Overview", "an overview of our app's weekly signups and churn",
                        "Growth Overview", "a classroom attendance overview for teachers", "Attendance Overview"),
                apps(RealAnswers::jsonData, "Weeknight Recipes", "weeknight dinner ideas kept in a data file",
                        "Dinner Ideas", "a cocktail menu for our bar night", "Cocktail Menu"),
                apps(RealAnswers::viteProject, "Todo List", "a packing checklist for a camping trip",
                        "Camping Checklist", "a chores checklist for the kids", "Family Chores"),
                apps(RealAnswers::mainBesideApp, "Coffee Corner", "a one-page site for a neighbourhood coffee cart",
                        "Coffee Cart", "a page for our community garden", "Green Patch Garden"),
                apps(RealAnswers::createReactApp, "Word Counter", "a tool that counts the characters of a tweet draft",
                        "Tweet Length", "a reading time estimator for blog posts", "Reading Time"),
                apps(RealAnswers::jsxRoot, "Dice Roller", "a dice roller for board games", "Board Game Dice",
                        "a coin flip app to settle arguments", "Coin Toss", "a random picker for who pays for lunch",
                        "Lunch Roulette"),
                apps(RealAnswers::namedExport, "Unit Converter", "a shoe size chart between EU and US sizes",
                        "Shoe Sizes", "a pace chart for runners, minutes per km and mile", "Running Pace"),
                apps(RealAnswers::processEnv, "Weather Board", "a board showing today's weather for my town",
                        "Town Weather", "a surf conditions board for the local beach", "Surf Report"),
                apps(RealAnswers::importMetaEnv, "Habit Tracker", "a log of how many glasses of water I drink",
                        "Water Intake", "a streak counter for reading every day", "Reading Streak"),
                apps(RealAnswers::tsRoot, "Color Picker", "a picker for my brand colours", "Brand Colours",
                        "a paint mixing preview for my living room", "Paint Mixer"),
                apps(SampleAnswers::fiveFileApp, "Tip Calculator", "a calculator to split a group taxi fare",
                        "Taxi Fare Split", "a calculator for sharing the holiday house rent", "Holiday Rent Split"))
        .flatMap(List::stream)
        .toList();

    private record New(Supplier<String> base, String baseTitle, String prompt, String title) {
    }

    private SeedPrompts() {
    }

    private static List<New> apps(Supplier<String> base, String baseTitle, String... promptsAndTitles) {
        List<New> apps = new ArrayList<>();
        for (int i = 0; i < promptsAndTitles.length; i += 2) {
            apps.add(new New(base, baseTitle, promptsAndTitles[i], promptsAndTitles[i + 1]));
        }
        return apps;
    }

    /**
     * Every request, templates and new apps interleaved: {@code limit} of them (all when
     * 0 or more than there are).
     */
    static List<Case> all(int limit) {
        List<Case> cases = new ArrayList<>();
        for (int k = 0; k < Math.max(FROM_TEMPLATES.length, NEW_APPS.size()); k++) {
            if (k < FROM_TEMPLATES.length) {
                cases.add(fromTemplate(cases.size(), FROM_TEMPLATES[k]));
            }
            if (k < NEW_APPS.size()) {
                cases.add(newApp(cases.size(), NEW_APPS.get(k)));
            }
        }
        return limit <= 0 || limit >= cases.size() ? cases : cases.subList(0, limit);
    }

    private static Case fromTemplate(int index, String[] row) {
        JsonNode template = template(row[0]);
        String from = "\"title\" : \"" + template.path("defaults").path("title").asString() + "\",";
        String answer = edit("config.ts", "  " + from,
                "  " + from.replace(template.path("defaults").path("title").asString(), row[2]),
                "Named it " + row[2] + ".");
        return new Case(index, row[1], row[2], row[0], answer);
    }

    private static Case newApp(int index, New app) {
        String answer = app.base().get().replace(app.baseTitle(), app.title());
        answer = answer.replace(app.baseTitle().toLowerCase(java.util.Locale.ROOT),
                app.title().toLowerCase(java.util.Locale.ROOT));
        return new Case(index, app.prompt(), app.title(), "", answer);
    }

    /** A one-line change as models answer it: a search/replace edit and a summary. */
    static String edit(String path, String search, String replace, String summary) {
        return "Sure, a small change.\n<edit path=\"" + path + "\">\n<<<<<<< SEARCH\n" + search + "\n=======\n"
                + replace + "\n>>>>>>> REPLACE\n</edit>\n<summary>" + summary + "</summary>\n";
    }

    /** The library's description of a template, as shipped. */
    static JsonNode template(String slug) {
        String path = "/offline/templates/" + slug + "/template.json";
        try (InputStream in = SeedPrompts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no template " + slug);
            }
            return Api.JSON.readTree(in);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
