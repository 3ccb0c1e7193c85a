package dev.faibric.support;

import dev.faibric.answer.ChangeSet;
import dev.faibric.answer.ChangeStreamListener;
import dev.faibric.answer.ChangeStreamParser;

/** Whole answers parsed at once, as tests want them. */
public final class Answers {

    private Answers() {
    }

    /** A complete change answer as the change set it asks for. */
    public static ChangeSet change(String answer) {
        ChangeSet.Collector collector = new ChangeSet.Collector(new ChangeStreamListener() {
        });
        ChangeStreamParser parser = new ChangeStreamParser(collector);
        parser.accept(answer);
        parser.finish();
        return collector.result();
    }

}
