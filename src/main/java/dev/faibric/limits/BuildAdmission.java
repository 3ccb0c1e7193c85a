package dev.faibric.limits;

import dev.faibric.project.TokenUsage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Service;

/**
 * Whether an account may start a build now: within its quotas (builds today, model tokens
 * this month), and with a builder free or a place in this node's line. An admitted build
 * is counted against the daily quota at once, whether it ends deployed or not.
 */
@Service
public class BuildAdmission {

    private final LimitsSettings settings;

    private final BuildQueue queue;

    private final BuildLedger ledger;

    private final TokenUsage tokens;

    /**
     * One account's admissions at a time on this node (accounts sharing one by hash only
     * wait briefly), so that a burst cannot all pass the quota check at once.
     */
    private final ReentrantLock[] locks = new ReentrantLock[256];

    BuildAdmission(LimitsSettings settings, BuildQueue queue, BuildLedger ledger, TokenUsage tokens) {
        this.settings = settings;
        this.queue = queue;
        this.ledger = ledger;
        this.tokens = tokens;
        Arrays.setAll(locks, i -> new ReentrantLock());
    }

    /**
     * A place for a build of the account.
     * @throws LimitExceeded when a quota is used up or the line is full
     */
    public BuildTicket admit(long accountId) {
        if (!settings.enabled()) {
            return queue.join(accountId);
        }
        ReentrantLock lock = locks[(int) Math.floorMod(accountId, (long) locks.length)];
        lock.lock();
        try {
            Instant now = Instant.now();
            QuotaWindows windows = QuotaWindows.at(now);
            LimitsSettings.Quota quota = settings.quota();
            long builds = ledger.startedSince(accountId, windows.dayStart());
            if (builds >= quota.generationsPerDay()) {
                throw quotaUsed(
                        "the daily quota of " + quota.generationsPerDay() + " generations (new apps and changes)",
                        "at midnight UTC", Duration.between(now, windows.dayEnd()));
            }
            long used = tokens.since(accountId, windows.monthStart());
            if (used >= quota.tokensPerMonth()) {
                throw quotaUsed("the monthly quota of " + quota.tokensPerMonth() + " model tokens (" + used + " used)",
                        "on the first of next month (UTC)", Duration.between(now, windows.monthEnd()));
            }
            BuildTicket ticket = queue.join(accountId);
            try {
                ledger.started(accountId, now);
            }
            catch (RuntimeException e) {
                ticket.finished();
                throw e;
            }
            return ticket;
        }
        finally {
            lock.unlock();
        }
    }

    private static LimitExceeded quotaUsed(String quota, String when, Duration wait) {
        return new LimitExceeded(
                "You have used " + quota + "; it resets " + when + ", in " + Wording.amount(wait) + ".", wait);
    }

}
