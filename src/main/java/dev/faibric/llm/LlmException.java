package dev.faibric.llm;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A provider could not produce (the rest of) an answer, and what kind of failure it was.
 */
public class LlmException extends Exception {

    /** How a failure should be handled. */
    public enum Kind {

        /** 401/403 or a missing key: a configuration error, reported, never retried. */
        CONFIGURATION,
        /** 429: retried with back-off a bounded number of times, then the fallback. */
        RATE_LIMITED,
        /**
         * Connection refused, timeout, 5xx, or a stream that broke off: the fallback
         * takes over.
         */
        UNAVAILABLE,
        /**
         * Any other refusal (400, model not found, content filtered): reported as it is.
         */
        REJECTED,
        /** The generation was cancelled on our side. */
        INTERRUPTED

    }

    private final Kind kind;

    private final @Nullable Duration retryAfter;

    public LlmException(Kind kind, String message, @Nullable Throwable cause, @Nullable Duration retryAfter) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public LlmException(Kind kind, String message) {
        this(kind, message, null, null);
    }

    public Kind kind() {
        return kind;
    }

    public @Nullable Duration retryAfter() {
        return retryAfter;
    }

}
