package dev.faibric.llm;

/** A provider could not produce (the rest of) an answer. */
public class LlmException extends Exception {

    public LlmException(String message, Throwable cause) {
        super(message, cause);
    }

    public LlmException(String message) {
        super(message);
    }
}
