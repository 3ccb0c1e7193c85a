package dev.faibric.account;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may use Faibric.
 *
 * @param mode {@code none} (the embedded default: one local user, no sign-in) or
 * {@code accounts} (sign-up, sign-in, every project owned; required by the production
 * profile) ({@code FAIBRIC_AUTH})
 * @param admins e-mail addresses that become admins when they sign up: they publish
 * library entries for everyone ({@code FAIBRIC_AUTH_ADMINS}, comma-separated)
 * @param sessionTtl how long a sign-in lasts ({@code FAIBRIC_AUTH_SESSION_TTL})
 * @param minPasswordLength the shortest password accepted at sign-up
 */
@ConfigurationProperties("faibric.auth")
public record AuthSettings(@Nullable Mode mode, List<String> admins, @Nullable Duration sessionTtl,
        @Nullable Integer minPasswordLength) {

    public AuthSettings {
        mode = mode == null ? Mode.NONE : mode;
        admins = admins == null ? List.of()
                : admins.stream().map(a -> a.strip().toLowerCase(Locale.ROOT)).filter(a -> !a.isEmpty()).toList();
        sessionTtl = sessionTtl == null || sessionTtl.isNegative() || sessionTtl.isZero() ? Duration.ofDays(14)
                : sessionTtl;
        minPasswordLength = minPasswordLength == null || minPasswordLength < 8 ? 10 : minPasswordLength;
    }

    public boolean accounts() {
        return mode == Mode.ACCOUNTS;
    }

    /** {@code FAIBRIC_AUTH}. */
    public enum Mode {

        /** One local user owns everything; nobody signs in. */
        NONE,

        /** People sign up and sign in; every project has an owner. */
        ACCOUNTS

    }

}
