package dev.faibric.llm;

/** Streams one answer to one request; blocks the calling (virtual) thread until the answer ends. */
public interface LlmProvider {

    /** Short id shown to users and in logs: offline, openai, anthropic, openai-compatible. */
    String name();

    String model();

    /** One sentence for the UI saying what this provider is. */
    String description();

    LlmUsage stream(LlmRequest request, TokenSink sink) throws LlmException;
}
