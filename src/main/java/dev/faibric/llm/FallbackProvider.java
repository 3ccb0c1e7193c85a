package dev.faibric.llm;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private LlmUsage withRetries(LlmProvider provider, LlmRequest request, TokenSink sink, int[] calls)
            throws LlmException {
        Duration wait = backoff;
        for (int attempt = 0;; attempt++) {
            calls[0]++;
            try {
                return provider.stream(request, sink).withCalls(calls[0]);
            }
            catch (LlmException e) {
                if (e.kind() != LlmException.Kind.RATE_LIMITED || attempt >= maxRetries) {
                    throw e;
                }
                Duration pause = e.retryAfter() != null ? e.retryAfter() : wait;
                log.info("{}; retry {} of {} in {} ms", e.getMessage(), attempt + 1, maxRetries, pause.toMillis());
                sleep(pause);
                wait = wait.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration pause) throws LlmException {
        try {
            Thread.sleep(pause);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException(LlmException.Kind.INTERRUPTED, "the generation was cancelled");
        }
    }

}
