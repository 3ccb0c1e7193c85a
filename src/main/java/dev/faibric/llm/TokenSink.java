package dev.faibric.llm;

/** Receives an answer as it streams, chunk by chunk, in order. */
@FunctionalInterface
public interface TokenSink {

    void accept(String chunk);
}
