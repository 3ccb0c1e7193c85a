package dev.faibric.llm;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.util.backoff.BackOffExecution;

/**
 * The seed's "Claude as backup", for any pair of providers. A rate-limited call is
 * retried with back-off a bounded number of times; a call that cannot be served
 * (connection refused, timeout, 5xx, still 429) goes to the fallback; an answer that
 * breaks off in mid-stream starts again on the fallback from the beginning, so two
 * providers never write into one version. Configuration errors (401/403) and refusals are
 * reported as they are: retrying cannot fix them.
 */
final class FallbackProvider implements LlmProvider {

    private static final Logger log = LoggerFactory.getLogger(FallbackProvider.class);

    private final LlmProvider primary;

    private final @Nullable LlmProvider fallback;

    private final int maxRetries;

    private final Duration backoff;

    FallbackProvider(LlmProvider primary, @Nullable LlmProvider fallback, int maxRetries, Duration backoff) {
        this.primary = primary;
        this.fallback = fallback;
        this.maxRetries = maxRetries;
        this.backoff = backoff;
    }

    @Override
    public String name() {
        return primary.name();
    }

    @Override
    public String model() {
        return primary.model();
    }

    @Override
    public String description() {
        return primary.description()
                + (fallback == null ? "" : "; falls back to " + fallback.name() + " " + fallback.model());
    }

    @Override
    public boolean writesEdits() {
        return primary.writesEdits() && (fallback == null || fallback.writesEdits());
    }

    @Nullable LlmProvider fallback() {
        return fallback;
    }

    @Override
    public LlmUsage stream(LlmRequest request, TokenSink sink) throws LlmException {
        int[] calls = { 0 };
        try {
            return withRetries(primary, request, sink, calls);
        }
        catch (LlmException e) {
            boolean handOver = e.kind() == LlmException.Kind.UNAVAILABLE || e.kind() == LlmException.Kind.RATE_LIMITED;
            if (!handOver || fallback == null) {
                throw e;
            }
            log.warn("{}; continuing with {} {}", e.getMessage(), fallback.name(), fallback.model());
            sink.restart(e.getMessage() + ". Starting again with " + fallback.name() + " " + fallback.model() + ".");
            return withRetries(fallback, request, sink, calls);
        }
    }

    /**
     * Streams with {@code provider}, running a rate-limited (429) call again up to
     * {@code maxRetries} times through Spring's retry loop; the pauses are ours: the wait
     * the vendor asked for (Retry-After) when it said, else {@code backoff}, doubling.
     */
    private LlmUsage withRetries(LlmProvider provider, LlmRequest request, TokenSink sink, int[] calls)
            throws LlmException {
        AtomicReference<@Nullable LlmException> last = new AtomicReference<>();
        RetryTemplate retries = new RetryTemplate(RetryPolicy.builder()
            .predicate(failure -> failure instanceof LlmException e && e.kind() == LlmException.Kind.RATE_LIMITED)
            .backOff(() -> new Pauses(last))
            .build());
        try {
            return retries.execute(() -> {
                calls[0]++;
                try {
                    return provider.stream(request, sink).withCalls(calls[0]);
                }
                catch (LlmException e) {
                    last.set(e);
                    throw e;
                }
            });
        }
        catch (RetryException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new LlmException(LlmException.Kind.INTERRUPTED, "the generation was cancelled");
            }
            if (e.getCause() instanceof LlmException failure) {
                throw failure;
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The pauses between the attempts of one call, each announced in the log. */
    private final class Pauses implements BackOffExecution {

        private final AtomicReference<@Nullable LlmException> last;

        private Duration wait = backoff;

        private int retries;

        Pauses(AtomicReference<@Nullable LlmException> last) {
            this.last = last;
        }

        @Override
        public long nextBackOff() {
            if (retries >= maxRetries) {
                return STOP;
            }
            LlmException failure = last.get();
            Duration pause = failure != null && failure.retryAfter() != null ? failure.retryAfter() : wait;
            retries++;
            wait = wait.multipliedBy(2);
            log.info("{}; retry {} of {} in {} ms", failure == null ? "rate limited" : failure.getMessage(), retries,
                    maxRetries, pause.toMillis());
            return pause.toMillis();
        }

    }

}
