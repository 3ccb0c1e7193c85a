package dev.faibric.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a request asks for an app that needs the data tier, decided locally (no AI
 * call), as the seed's {@code DeploymentOrchestrator._needs_backend} does: data shared
 * between visitors or kept beyond one browser, accounts and sign-in, posting, commenting,
 * ordering, booking, applying, RSVPs, messages, likes and follows, an admin view. A
 * single-person tool (a tip calculator, a stopwatch, notes kept in the browser) does not.
 *
 * <p>
 * Each signal found adds its weight once: a strong signal (sign-in, comments, orders,
 * "everyone", people or the asker's team or club doing things with the app) is enough
 * alone, two weak ones (users, a team, a poll) are too; a request that says its data
 * stays local (in the browser, on this device, private, personal) loses weight. The
 * labelled prompts of {@code DataTierNeedTests} measure it. A change request is judged
 * the same way, so "let people log in" turns the data tier on.
 */
public final class DataTierNeed {

    /** The score from which the data tier is needed. */
    static final int THRESHOLD = 2;

    private static final int STRONG = 2;

    private static final int WEAK = 1;

    private static final String ACTORS = "(?:people|users|members|visitors|guests|customers|clients|students|"
            + "learners|attendees|friends|anyone|anybody|companies|employers|sellers|buyers|landlords|tenants|hosts|"
            + "staff|editors|authors|writers|readers|players|employees|volunteers|teachers|tutors|mentors|coaches|"
            + "instructors|parents|kids|neighbou?rs|fans|subscribers|patients|candidates|applicants|hr|teammates|"
            + "colleagues|coworkers|participants|owners|walkers|drivers|riders|backers|donors|sponsors|bidders|"
            + "judges|voters|managers|workers|mechanics|nurses|doctors|agents|vendors|merchants|shelters|families|"
            + "teams|residents|organi[sz]ers|speakers|creators|artists|recruiters|renters|admins|moderators)";

    private static final String ACTIONS = "(?:post|publish|submit|upload|share|list|leave|add|write|open|log|bid|"
            + "suggest|send|vote|rate|review|sign|register|enrol|enroll|borrow|lend|book|reserve|order|buy|sell|"
            + "apply|comment|reply|answer|message|chat|follow|like|join|pick|edit|update|create|claim|rsvp|ask|"
            + "offer|request|accept|approve|pledge|donate|record|score|hand|check|discuss|rent|swap|trade|invite|"
            + "assign|report|confirm|pay|see|track|chat|meet|match|hire|volunteer)";

    private static final String COLLECTED = "(?:orders|bookings|reservations|responses|submissions|sign-?ups|"
            + "registrations|subscribers|applications|rsvps|entries|appointments|messages|leads|enquiries|"
            + "inquiries|emails|results|votes|answers|feedback)";

    private static final List<Signal> SIGNALS = List.of(
            strong("sign-in",
                    "\\b(?:sign(?:s|ing)?[ -]?(?:up|in)|signups?|log(?:s|ging)?[ -]?(?:in|out)|logins?"
                            + "|accounts?|(?<!cash )regist(?:er|ers|ered|ering|ration)|authenticat\\w*)\\b"),
            strong("members", "\\b(?:members|members-only|member (?:area|login|page|portal)|user profiles?)\\b"),
            strong("people using it together",
                    "\\b" + ACTORS + "(?:\\s+(?:can|may|will|could|should|to|who|that))?" + "\\s+" + ACTIONS
                            + "\\w*\\b"),
            strong("a group using it together",
                    "\\b(?:my|our) (?:\\w+ )?(?:team|staff|office|class|club|group|crew|family)"
                            + "(?:\\s+(?:can|may|will|could|should))?(?:\\s+(?:all|also|each|both))?\\s+" + ACTIONS
                            + "\\w*\\b"),
            strong("posts and comments",
                    "\\b(?:comments?|commenting|repl(?:y|ies) to|upvot\\w*|downvot\\w*|likes|"
                            + "followers|following|follow each other|reviews? from|q&a|stack overflow)"),
            strong("shared data",
                    "\\b(?:shared|everyone|everybody|each other|one another|other (?:users|people|"
                            + "visitors|members|players)|(?:any|every|other) devices?|across devices|multi-?user|"
                            + "collaborat\\w*|live results|their own (?:phones?|devices?|computers?|accounts?)|"
                            + "whole (?:family|team|class|office|school|club)|(?:each|every) (?:user|learner|"
                            + "student|member|player|person|customer|visitor|employee|participant|attendee)'?s?)\\b"),
            strong("an app people know", "\\b(?:twitter|instagram|reddit|facebook|linkedin|airbnb|uber|slack|"
                    + "discord|stack ?overflow|hacker ?news|yelp|etsy|ebay|amazon|tinder|meetup|eventbrite|doordash|"
                    + "uber ?eats|youtube|tiktok|pinterest|quora|medium|substack|craigslist|gofundme|kickstarter|"
                    + "patreon|upwork|fiverr|whatsapp|trello|asana|jira|zendesk|hubspot|shopify)\\b"),
            strong("a community place", "\\b(?:forums?|guest ?books?|(?:message|bulletin|job|discussion|feedback|"
                    + "idea|notice|community|lost and found) boards?|wikis?|marketplaces?|classifieds|auctions?|"
                    + "petitions?|leaderboards?|high ?score (?:table|list)s?|scoreboards?|social (?:feed|network|"
                    + "media)|news ?feed|chat ?rooms?|chat app|inbox|messaging|direct messages|crm|help ?desk|"
                    + "(?:support )?tickets? system|(?:bug|issue) tracker|intranet|portal|mailing list|"
                    + "newsletter|wait(?:ing)? ?list|sign-?up sheet|communit(?:y|ies)|dating|crowd-?funding|"
                    + "fundrais\\w+|registry|carpool\\w*|ride-?shar\\w*|adoption|food delivery|delivery app|"
                    + "(?:matching|booking|ordering|sharing|swap|exchange|rental|listings?) (?:site|app|platform|"
                    + "service|board|portal|system)|(?:photo|file|recipe|video|ride|link)[ -]sharing)\\b"),
            strong("orders",
                    "\\b(?:orders|ordering|order (?:food|online|coffee|pizza|meals?|lunch)|"
                            + "place (?:an |their |your )?orders?|checkout|(?:shopping )?cart|online (?:shop|store)|"
                            + "e-?commerce|web ?shop)\\b"),
            strong("bookings",
                    "\\b(?:bookings?|book(?:s|ing)? (?:a |an |their |your )?(?:table|appointment|room|"
                            + "slot|session|class|lesson|court|seat|ticket|tour|stay|visit|call|meeting)s?|"
                            + "reserv(?:e|es|ing|ations?)|appointments?|rsvps?|enrol\\w*)\\b"),
            strong("applications", "\\b(?:job board|job listings?|applicants|apply (?:for|to))\\b"),
            strong("an admin view",
                    "\\b(?:admins?|administrators?|back[ -]?office|moderat\\w+|"
                            + "(?:customers|clients|members|staff|students|employees) (?:can )?see)\\b"),
            strong("what the owner collects",
                    "\\b(?:see|read|view|export|manage|receive|review|collect|keep|"
                            + "saves?|stores?|saving|storing)\\w*\\s+(?:\\S+\\s+){0,2}?" + COLLECTED + "\\b"),
            strong("a server", "\\b(?:(?:on|to|in) (?:the|a) (?:server|backend|database)|backend|database)\\b"),
            strong("a team",
                    "\\b(?:for|with|of) (?:our|my|the|your) (?:\\w+ )?(?:team|staff|employees|colleagues|"
                            + "coworkers|roommates|club|office|community|church|charity)\\b"),
            weak("users", "\\b(?:users|customers|clients|visitors|guests|subscribers)\\b"),
            weak("a group",
                    "\\b(?:team|teams|roommates|family|friends|club|class|classmates|group|neighbou?rhood|"
                            + "household|coworkers|colleagues|internal|company-wide)\\b"),
            weak("votes", "\\b(?:polls?|votes?|voting|ratings?|tickets|membership|share|public)\\b"),
            new Signal("kept in the browser", -3, Pattern.compile("\\b(?:(?:saved|stored|kept|stays?|saves|keeps)"
                    + " (?:\\w+ )?(?:in|to|on) (?:the |my |this )?(?:browser|device|computer|phone)|local ?storage|"
                    + "on this device|same (?:screen|device|computer)|offline)\\b")),
            new Signal("private", -1,
                    Pattern.compile("\\b(?:private(?:ly)?|personal|for myself|just for me|only me|my own)\\b")));

    private DataTierNeed() {
    }

    /** The decision, and the signals it rests on (for the chat, and for the tests). */
    public record Decision(boolean needed, int score, List<String> signals) {

        public Decision {
            signals = List.copyOf(signals);
        }

        /** The positive signals in a few words, e.g. "sign-in, posts and comments". */
        public String because() {
            return String.join(", ", signals.stream().filter(s -> !s.startsWith("-")).toList());
        }

    }

    /** Whether the app a request asks for (or a change to it) needs the data tier. */
    public static Decision of(String request) {
        String text = request.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int score = 0;
        List<String> signals = new ArrayList<>();
        for (Signal signal : SIGNALS) {
            if (signal.pattern().matcher(text).find()) {
                score += signal.weight();
                signals.add(signal.weight() < 0 ? "-" + signal.label() : signal.label());
            }
        }
        return new Decision(score >= THRESHOLD, score, signals);
    }

    private static Signal strong(String label, String regex) {
        return new Signal(label, STRONG, Pattern.compile(regex));
    }

    private static Signal weak(String label, String regex) {
        return new Signal(label, WEAK, Pattern.compile(regex));
    }

    private record Signal(String label, int weight, Pattern pattern) {
    }

}
