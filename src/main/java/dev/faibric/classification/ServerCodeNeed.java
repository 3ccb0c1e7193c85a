package dev.faibric.classification;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a request needs logic that must not run in a browser, decided locally (no AI
 * call): a key or secret kept off the page, a webhook to receive, redirects or short
 * links answered by the server, work on a schedule, e-mail or payments, a call to another
 * service through a proxy. An app that only keeps shared data does not need it: the data
 * tier does that without a container.
 */
public final class ServerCodeNeed {

    private static final List<Pattern> SIGNALS = List.of(
            Pattern.compile("\\bweb-?hooks?\\b|\\bcallback url\\b|\\brequest ?bin\\b"),
            Pattern.compile("\\b(?:api|secret|private|openai|stripe|twilio|sendgrid)[ -]?keys?\\b.{0,40}"
                    + "\\b(?:server|secret|safe|hidden|private|backend)\\b|\\bkeep(?:s|ing)? (?:my |the |our )?"
                    + "(?:[a-z]+ )?(?:api )?(?:key|token|secret)s?\\b|\\bhide (?:my |the )?(?:api )?key\\b"),
            Pattern.compile("\\b(?:url|link) shorten(?:er|ing)?\\b|\\bshort(?:en)? (?:urls?|links?)\\b"
                    + "|\\bserver[- ]side redirects?\\b|\\btiny ?url\\b|\\bbit\\.?ly\\b"),
            Pattern.compile("\\b(?:cron|scheduled (?:jobs?|tasks?|work)|every (?:hour|night|morning|day) "
                    + "(?:send|fetch|check|sync|email|run)s?)\\b"),
            Pattern.compile("\\bserver[- ]side\\b|\\bon the server\\b|\\bbackend (?:code|logic|endpoint|api)\\b"
                    + "|\\bapi proxy\\b|\\bproxy (?:an? |the )?(?:api|requests?)\\b"),
            Pattern.compile("\\bsends? (?:an? )?(?:e-?mails?|sms|text messages?)\\b|\\bstripe checkout\\b"));

    private ServerCodeNeed() {
    }

    public static boolean needed(String request) {
        String text = request.toLowerCase(Locale.ROOT);
        return SIGNALS.stream().anyMatch(signal -> signal.matcher(text).find());
    }

}
