package dev.faibric.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Request rates per account and per client address, and WebSocket message rates per
 * account and per connection. In memory on each node: with {@code n} nodes behind a load
 * balancer a caller gets up to {@code n} times the rate, which is fine for limits meant
 * to stop floods, not to bill.
 */
@Component
public class RateLimits {

    private final LimitsSettings settings;

    private final Map<LimitedAction, Buckets> perAccount = new EnumMap<>(LimitedAction.class);

    private final Map<LimitedAction, Buckets> perAddress = new EnumMap<>(LimitedAction.class);

    private final Buckets chatPerAccount;

    private final Buckets chatPerConnection;

    /** Messages each connection sent since it was last told to slow down and listened. */
    private final Cache<String, AtomicInteger> refusedInARow;

    RateLimits(LimitsSettings settings) {
        this.settings = settings;
        int keys = settings.trackedClients();
        for (LimitedAction action : LimitedAction.values()) {
            LimitsSettings.Rate rate = action.rate(settings);
            perAccount.put(action, new Buckets(rate.perAccount(), rate.period(), keys));
            perAddress.put(action, new Buckets(rate.perAddress(), rate.period(), keys));
        }
        LimitsSettings.ChatRate chat = settings.chat();
        chatPerAccount = new Buckets(chat.perAccount(), chat.period(), keys);
        chatPerConnection = new Buckets(chat.perConnection(), chat.period(), keys);
        refusedInARow = Caffeine.newBuilder().maximumSize(keys).expireAfterAccess(chat.period()).build();
    }

    /**
     * Counts one {@code action} of the account from the address.
     * @throws LimitExceeded when the account's or the address's rate is used up
     */
    public void take(LimitedAction action, long accountId, String address) {
        take(action, String.valueOf(accountId), "per account", address, "from one address");
    }

    /**
     * Counts one {@code action} on a generated app's origin from the address: the app's
     * rate counts all its visitors together, the address's rate that address on that app
     * only.
     * @throws LimitExceeded when the app's or the address's rate is used up
     */
    public void takeForApp(LimitedAction action, long projectId, String address) {
        take(action, "app " + projectId, "on one app", "app " + projectId + " " + address, "from one address");
    }

    private void take(LimitedAction action, String first, String firstScope, String second, String secondScope) {
        if (!settings.enabled()) {
            return;
        }
        Buckets firsts = perAccount.get(action);
        firsts.take(first).ifPresent(wait -> {
            throw refusal(action.what(), firsts, firstScope, wait);
        });
        Buckets seconds = perAddress.get(action);
        Optional<Duration> wait = seconds.take(second);
        if (wait.isPresent()) {
            firsts.giveBack(first);
            throw refusal(action.what(), seconds, secondScope, wait.get());
        }
    }

    /** What a chat message may do, and what to tell its sender. */
    public record ChatVerdict(boolean accepted, boolean close, String detail) {

        static final ChatVerdict ACCEPTED = new ChatVerdict(true, false, "");

    }

    /**
     * Counts one WebSocket message of a connection; a connection that goes on sending
     * after {@code closeAfter} refusals is a flood, to be closed.
     */
    public ChatVerdict chatMessage(long accountId, String connectionId) {
        if (!settings.enabled()) {
            return ChatVerdict.ACCEPTED;
        }
        Optional<LimitExceeded> refused = chatPerConnection.take(connectionId)
            .map(wait -> refusal("messages", chatPerConnection, "on one connection", wait))
            .or(() -> chatPerAccount.take(String.valueOf(accountId)).map(wait -> {
                chatPerConnection.giveBack(connectionId);
                return refusal("messages", chatPerAccount, "per account", wait);
            }));
        AtomicInteger inARow = refusedInARow.get(connectionId, id -> new AtomicInteger());
        if (refused.isEmpty()) {
            inARow.set(0);
            return ChatVerdict.ACCEPTED;
        }
        boolean flood = inARow.incrementAndGet() > settings.chat().closeAfter();
        return new ChatVerdict(false, flood, refused.get().detail());
    }

    /** What the account may still do of {@code action} now on this node. */
    public long remaining(LimitedAction action, long accountId) {
        return perAccount.get(action).available(String.valueOf(accountId));
    }

    private static LimitExceeded refusal(String what, Buckets limit, String scope, Duration wait) {
        return new LimitExceeded("Too many " + what + ": at most " + Wording.rate(limit.capacity(), limit.period())
                + " " + scope + ". Try again in " + Wording.amount(wait) + ".", wait);
    }

}
