package dev.faibric.llm;

/**
 * Streams one answer to one request; blocks the calling (virtual) thread until the answer
 * ends.
 */
public interface LlmProvider {

    /**
     * Short id shown to users and in logs: offline, openai, anthropic, openai-compatible.
     */
    String name();

    String model();

    /** One sentence for the UI saying what this provider is. */
    String description();

    LlmUsage stream(LlmRequest request, TokenSink sink) throws LlmException;

    /**
     * Whether this provider understands change and repair requests and answers with edits
     * (every language model does; the offline template composer does not, it can only
     * compose anew).
     */
    default boolean writesEdits() {
        return true;
    }

}
