package dev.faibric.limits;

import java.time.Duration;

/** Periods and waits in the words a refusal uses. */
final class Wording {

    private Wording() {
    }

    /** "10 a minute", "5 every 30 seconds". */
    static String rate(long count, Duration period) {
        String per = period(period);
        return count + (per.startsWith("a") ? " " : " every ") + per;
    }

    /** "a minute", "an hour", "30 seconds", "5 minutes". */
    static String period(Duration period) {
        long seconds = period.toSeconds();
        if (seconds == 60) {
            return "a minute";
        }
        if (seconds == 3600) {
            return "an hour";
        }
        if (seconds == 86_400) {
            return "a day";
        }
        return amount(period);
    }

    /** "1 second", "42 seconds", "3 minutes", "2 hours" (rounded up). */
    static String amount(Duration wait) {
        long seconds = LimitExceeded.seconds(wait);
        if (seconds < 120) {
            return plural(seconds, "second");
        }
        if (seconds < 7200) {
            return plural((seconds + 59) / 60, "minute");
        }
        return plural((seconds + 3599) / 3600, "hour");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

}
