package dev.faibric.answer;

/**
 * An incremental parser of an answer: chunks in as they stream, then the end of the
 * stream.
 */
public interface AnswerParser {

    /** More of the answer, cut anywhere. */
    void accept(String chunk);

    /** The stream has ended: whatever is unfinished is reported. */
    void finish();

}
