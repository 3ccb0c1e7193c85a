package dev.faibric.limits;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;

/**
 * This node's builders: at most {@code perAccount} builds of an account and
 * {@code perNode} in all run at once; the rest wait in one line, first come first served,
 * except that a build whose account is at its limit lets others pass. The line is bounded
 * per account and in all; a build beyond it is refused.
 */
@Component
class BuildQueue {

    /** How long a refused build is told to wait: about as long as a build takes. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(15);

    private final LimitsSettings settings;

    private final Map<Long, Integer> running = new HashMap<>();

    private int runningInAll;

    private final List<BuildTicket> waiting = new ArrayList<>();

    BuildQueue(LimitsSettings settings) {
        this.settings = settings;
    }

    /**
     * A place for a build of the account: a builder if one is free, else a place in line.
     * @throws LimitExceeded when the line is full for the account or for the node
     */
    synchronized BuildTicket join(long accountId) {
        BuildTicket ticket = new BuildTicket(this, accountId);
        LimitsSettings.Builds limits = settings.builds();
        if (!settings.enabled()) {
            ticket.counted = false;
            ticket.state = BuildTicket.State.RUNNING;
            return ticket;
        }
        if (free(accountId)) {
            take(ticket);
            return ticket;
        }
        long queued = waiting.stream().filter(t -> t.accountId == accountId).count();
        if (queued >= limits.queuePerAccount()) {
            throw new LimitExceeded("Too many builds at once: you have " + running(accountId) + " running and " + queued
                    + " waiting, as many as an account may (" + limits.perAccount() + " running, "
                    + limits.queuePerAccount() + " waiting). Try again in about " + Wording.amount(RETRY_AFTER)
                    + ", when one has finished.", RETRY_AFTER);
        }
        if (waiting.size() >= limits.queuePerNode()) {
            throw new LimitExceeded(
                    "This server is busy: " + runningInAll + " builds are running and " + waiting.size()
                            + " waiting, as many as it takes. Try again in about " + Wording.amount(RETRY_AFTER) + ".",
                    RETRY_AFTER);
        }
        waiting.add(ticket);
        ticket.position = waiting.size();
        return ticket;
    }

    void start(BuildTicket ticket, Runnable build, IntConsumer queued) {
        int position;
        synchronized (this) {
            if (ticket.state == BuildTicket.State.DONE) {
                return;
            }
            ticket.build = build;
            ticket.queued = queued;
            position = ticket.state == BuildTicket.State.WAITING ? ticket.position : 0;
        }
        if (position == 0) {
            build.run();
        }
        else {
            queued.accept(position);
        }
    }

    void finished(BuildTicket ticket) {
        List<Runnable> next = new ArrayList<>();
        synchronized (this) {
            if (ticket.state == BuildTicket.State.RUNNING && ticket.counted) {
                runningInAll--;
                running.computeIfPresent(ticket.accountId, (account, n) -> n > 1 ? n - 1 : null);
            }
            waiting.remove(ticket);
            ticket.state = BuildTicket.State.DONE;
            promote(next);
        }
        next.forEach(Runnable::run);
    }

    synchronized int running(long accountId) {
        return running.getOrDefault(accountId, 0);
    }

    synchronized int waiting(long accountId) {
        return (int) waiting.stream().filter(t -> t.accountId == accountId).count();
    }

    /**
     * Starts whatever may run now, in order, and tells the rest their new places (the
     * work is collected into {@code next}, to run outside the lock).
     */
    private void promote(List<Runnable> next) {
        for (BuildTicket ticket : List.copyOf(waiting)) {
            if (free(ticket.accountId)) {
                waiting.remove(ticket);
                take(ticket);
                if (ticket.build != null) {
                    next.add(ticket.build);
                }
            }
        }
        for (int i = 0; i < waiting.size(); i++) {
            BuildTicket ticket = waiting.get(i);
            int position = i + 1;
            if (ticket.position != position) {
                ticket.position = position;
                if (ticket.queued != null) {
                    var queued = ticket.queued;
                    next.add(() -> queued.accept(position));
                }
            }
        }
    }

    private boolean free(long accountId) {
        return runningInAll < settings.builds().perNode() && running(accountId) < settings.builds().perAccount();
    }

    private void take(BuildTicket ticket) {
        ticket.state = BuildTicket.State.RUNNING;
        runningInAll++;
        running.merge(ticket.accountId, 1, Integer::sum);
    }

}
