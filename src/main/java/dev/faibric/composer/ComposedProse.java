package dev.faibric.composer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the chat says of a composed app, plainly: that no built-in template fits, which of
 * the library's sections the app was composed from, whether what visitors add is kept in
 * their browser or shared by everyone, and what an AI model would add (the request's own
 * fields and pages, shared data or roles when the app shares, and whatever it asks for
 * that no section does).
 */
final class ComposedProse {

    private static final String SIGN_IN = "accounts and sign-in";

    /** What a request asks for that the sections do not do, by the words for it. */
    private static final Map<Pattern, String> BEYOND = new LinkedHashMap<>();

    static {
        BEYOND.put(words("pay(?:ment|ments|s)?|stripe|paypal|credit cards?|subscriptions?"), "real payments");
        BEYOND.put(words("sign ?(?:in|up)|log ?in|accounts?|users?|profiles?|members?"), SIGN_IN);
        BEYOND.put(words("e-?mails?|notif(?:y|ications?)|remind(?:ers?)?|alerts?|newsletters?"),
                "email notifications and reminders");
        BEYOND.put(words("maps?|locations?|near(?:by| me)|directions|gps"), "a map of locations");
        BEYOND.put(words("uploads?|photos?|images?|pictures?|attachments?|files?|videos?"), "file and photo uploads");
        BEYOND.put(words("chat|messag(?:e|es|ing)|real-?time|live"), "live messaging between people");
        BEYOND.put(words("export|pdf|csv|excel|print(?:able)?"), "exports to PDF or CSV");
        BEYOND.put(words("ai|recommend(?:s|ations?)?|suggest(?:s|ions?)?|predict(?:s|ions?)?"), "recommendations");
        BEYOND.put(words("roles?|permissions?|admins?|approv(?:e|al|als)"), "roles and approvals");
        BEYOND.put(words("api|integrat(?:e|ion|ions)|import|sync"), "imports and integrations");
    }

    private ComposedProse() {
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("\\b(?:" + alternatives + ")\\b");
    }

    /** The library sections the app was composed from, as a list in words. */
    static String sections(ComposedApp app) {
        return join(app.featureLabels());
    }

    static String chat(ComposedApp app, String request) {
        return "Offline template composer (not a language model): no built-in template fits a " + app.subject()
                + "; composed from the library's " + sections(app) + " sections on a "
                + app.layout().name().toLowerCase(Locale.ROOT) + " layout, listing " + app.kind().plural()
                + (app.shared()
                        ? " (with a few examples until members add the first one), shared by every visitor "
                                + "through the app's data API, live: members sign up to add" + sharedActions(app)
                                + ", and delete what they added"
                                + (app.features().contains(RequestedFeature.CART)
                                        ? "; each visitor's cart stays in their browser" : "")
                        : " (with a few samples to start from), kept in the visitor's browser")
                + ". An AI model would add " + join(beyond(app, request)) + ".";
    }

    /** What the app's description says it is, and where what visitors add is kept. */
    static String description(ComposedApp app) {
        return "A " + app.subject() + " composed offline from the library's " + sections(app) + " sections, listing "
                + app.kind().plural()
                + (app.shared()
                        ? "; its " + sharedThings(app) + " are shared with every visitor through the app's data API, "
                                + "live (members sign up to add), and the samples are shown as examples until the "
                                + "first one."
                        : "; what visitors add is kept in their browser.");
    }

    /** The features the answer lists: the sections', and sharing when the app shares. */
    static List<String> features(ComposedApp app) {
        List<String> features = new ArrayList<>(app.featureLabels());
        if (app.shared()) {
            features.add("sign-up and log-in for members");
            features.add(ComposedApp.capitalised(sharedThings(app)) + " shared by every visitor, live");
        }
        return features;
    }

    /** "recipes, comments and ratings": what a shared app keeps in its data API. */
    private static String sharedThings(ComposedApp app) {
        List<String> things = new ArrayList<>(List.of(app.kind().plural()));
        if (app.features().contains(RequestedFeature.COMMENTS)) {
            things.add("comments");
        }
        if (app.features().contains(RequestedFeature.RATINGS)) {
            things.add("ratings");
        }
        return join(things);
    }

    /** ", comment and rate": what members do besides adding, in a shared app. */
    private static String sharedActions(ComposedApp app) {
        List<String> actions = new ArrayList<>();
        if (app.features().contains(RequestedFeature.COMMENTS)) {
            actions.add("comment");
        }
        if (app.features().contains(RequestedFeature.RATINGS)) {
            actions.add("rate");
        }
        return actions.isEmpty() ? "" : (actions.size() == 1 ? " and " : ", ") + join(actions);
    }

    /** The line under the title. */
    static String tagline(ComposedApp app) {
        return ComposedApp.capitalised(app.kind().plural()) + ", all in one place.";
    }

    static List<String> beyond(ComposedApp app, String request) {
        String text = RequestText.withoutColours(request).toLowerCase(Locale.ROOT);
        List<String> more = new ArrayList<>();
        more.add("the fields and pages a " + app.kind().singular() + " really needs");
        BEYOND.forEach((pattern, what) -> {
            if (pattern.matcher(text).find() && !(app.shared() && what.equals(SIGN_IN))) {
                more.add(what);
            }
        });
        if (!app.shared()) {
            more.add("data shared by every visitor on the server");
        }
        return more;
    }

    private static String join(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
    }

}
