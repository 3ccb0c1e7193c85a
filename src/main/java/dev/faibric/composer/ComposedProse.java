package dev.faibric.composer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the chat says of a composed app, plainly: that no built-in template fits, which of
 * the library's sections the app was composed from, and what an AI model would add (the
 * request's own fields and pages, shared data, and whatever it asks for that no section
 * does).
 */
final class ComposedProse {

    /** What a request asks for that the sections do not do, by the words for it. */
    private static final Map<Pattern, String> BEYOND = new LinkedHashMap<>();

    static {
        BEYOND.put(words("pay(?:ment|ments|s)?|stripe|paypal|credit cards?|subscriptions?"), "real payments");
        BEYOND.put(words("sign ?(?:in|up)|log ?in|accounts?|users?|profiles?|members?"), "accounts and sign-in");
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
                + " (with a few samples to start from), kept in the visitor's browser. An AI model would add "
                + join(beyond(app, request)) + ".";
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
            if (pattern.matcher(text).find()) {
                more.add(what);
            }
        });
        more.add("data shared by every visitor on the server");
        return more;
    }

    private static String join(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
    }

}
