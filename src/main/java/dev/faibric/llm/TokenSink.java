package dev.faibric.llm;

/** Receives an answer as it streams, chunk by chunk, in order. */
@FunctionalInterface
public interface TokenSink {

    void accept(String chunk);

    /**
     * Everything received so far is void: the answer starts again from the beginning
     * (another provider took over after this one broke off), so nothing of the two is
     * ever mixed.
     */
    default void restart(String reason) {
    }

}
