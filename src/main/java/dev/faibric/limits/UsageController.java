package dev.faibric.limits;

import dev.faibric.account.CurrentAccount;
import dev.faibric.project.TokenUsage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/usage}: what the caller has used of their quotas, their builds on this
 * node, and the rates they are held to.
 */
@RestController
class UsageController {

    private final LimitsSettings settings;

    private final CurrentAccount account;

    private final BuildLedger ledger;

    private final TokenUsage tokens;

    private final BuildQueue queue;

    private final RateLimits rates;

    UsageController(LimitsSettings settings, CurrentAccount account, BuildLedger ledger, TokenUsage tokens,
            BuildQueue queue, RateLimits rates) {
        this.settings = settings;
        this.account = account;
        this.ledger = ledger;
        this.tokens = tokens;
        this.queue = queue;
        this.rates = rates;
    }

    record Quota(long used, long limit, Instant resetsAt) {
    }

    record Builds(int running, int queued, int maxRunning, int maxQueued) {
    }

    record Rate(String action, int perAccount, int perAddress, long periodSeconds, long remaining) {
    }

    record ChatRate(int perAccount, int perConnection, long periodSeconds) {
    }

    record Usage(long accountId, boolean limited, Quota generationsToday, Quota tokensThisMonth, Builds builds,
            List<Rate> rates, ChatRate chatMessages) {
    }

    @GetMapping({ "/api/usage", "/api/usage/" })
    Usage usage() {
        long id = account.id();
        QuotaWindows windows = QuotaWindows.at(Instant.now());
        LimitsSettings.Quota quota = settings.quota();
        LimitsSettings.Builds builds = settings.builds();
        LimitsSettings.ChatRate chat = settings.chat();
        List<Rate> limits = Arrays.stream(LimitedAction.values()).filter(action -> !action.perApp()).map(action -> {
            LimitsSettings.Rate rate = action.rate(settings);
            return new Rate(action.wire(), rate.perAccount(), rate.perAddress(), seconds(rate.period()),
                    rates.remaining(action, id));
        }).toList();
        return new Usage(id, settings.enabled(),
                new Quota(ledger.startedSince(id, windows.dayStart()), quota.generationsPerDay(), windows.dayEnd()),
                new Quota(tokens.since(id, windows.monthStart()), quota.tokensPerMonth(), windows.monthEnd()),
                new Builds(queue.running(id), queue.waiting(id), builds.perAccount(), builds.queuePerAccount()), limits,
                new ChatRate(chat.perAccount(), chat.perConnection(), seconds(chat.period())));
    }

    private static long seconds(@Nullable Duration period) {
        return period == null ? 0 : period.toSeconds();
    }

}
