package dev.faibric.limits;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every limit, with its default. Rates are per node ({@code n} nodes admit up to
 * {@code n} times as much); {@code trackedClients} bounds how many accounts and addresses
 * each rate remembers (the least recently seen are forgotten first). {@code appSignIn}
 * counts the sign-ins of generated apps' users, whose "per account" rate is per app.
 * {@code enabled=false} switches rates, the build queue and quotas off; the engine's own
 * hard cap on builds per node stays.
 */
@ConfigurationProperties("faibric.limits")
public record LimitsSettings(Boolean enabled, Rate generate, Rate change, Rate libraryImport, Rate librarySearch,
        Rate signIn, ChatRate chat, Builds builds, Quota quota, Integer trackedClients, Rate appSignIn) {

    public LimitsSettings {
        enabled = enabled == null || enabled;
        generate = Rate.orDefault(generate, 10, 20);
        change = Rate.orDefault(change, 20, 40);
        libraryImport = Rate.orDefault(libraryImport, 5, 10);
        librarySearch = Rate.orDefault(librarySearch, 60, 120);
        signIn = Rate.orDefault(signIn, 300, 10);
        chat = chat == null ? new ChatRate(null, null, null, null) : chat;
        builds = builds == null ? new Builds(null, null, null, null) : builds;
        quota = quota == null ? new Quota(null, null) : quota;
        trackedClients = positive(trackedClients, 100_000);
        appSignIn = Rate.orDefault(appSignIn, 100, 10);
    }

    /**
     * At most {@code perAccount} and {@code perAddress} requests each {@code period};
     * what is not set takes the defaults of the limit it belongs to.
     */
    public record Rate(@Nullable Integer perAccount, @Nullable Integer perAddress, @Nullable Duration period) {

        static Rate orDefault(@Nullable Rate rate, int perAccount, int perAddress) {
            return rate == null ? new Rate(perAccount, perAddress, Duration.ofMinutes(1))
                    : new Rate(positive(rate.perAccount, perAccount), positive(rate.perAddress, perAddress),
                            orMinute(rate.period));
        }

    }

    /**
     * WebSocket messages: at most {@code perConnection} and {@code perAccount} each
     * {@code period}; a connection that sends {@code closeAfter} more after being told is
     * closed.
     */
    public record ChatRate(Integer perAccount, Integer perConnection, Duration period, Integer closeAfter) {

        public ChatRate {
            perAccount = positive(perAccount, 60);
            perConnection = positive(perConnection, 20);
            period = orMinute(period);
            closeAfter = positive(closeAfter, 20);
        }

    }

    /**
     * Builds running at once on a node: per account and in all; more wait in line, at
     * most {@code queuePerAccount} of an account's and {@code queuePerNode} in all.
     */
    public record Builds(Integer perAccount, Integer perNode, Integer queuePerAccount, Integer queuePerNode) {

        public Builds {
            perAccount = positive(perAccount, 2);
            perNode = positive(perNode, 16);
            queuePerAccount = queuePerAccount == null || queuePerAccount < 0 ? 5 : queuePerAccount;
            queuePerNode = queuePerNode == null || queuePerNode < 0 ? 100 : queuePerNode;
        }

    }

    /**
     * What an account may use: builds (new apps and changes) a day and model tokens a
     * month (UTC).
     */
    public record Quota(Integer generationsPerDay, Long tokensPerMonth) {

        public Quota {
            generationsPerDay = positive(generationsPerDay, 200);
            tokensPerMonth = tokensPerMonth == null || tokensPerMonth <= 0 ? 2_000_000L : tokensPerMonth;
        }

    }

    private static int positive(@Nullable Integer value, int fallback) {
        return value == null || value <= 0 ? fallback : value;
    }

    private static Duration orMinute(@Nullable Duration period) {
        return period == null || period.isNegative() || period.isZero() ? Duration.ofMinutes(1) : period;
    }

}
