package dev.faibric.generation;

import dev.faibric.llm.TokenSink;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A change or repair answer being parsed into a {@link ChangeSet}. When the provider
 * starts again (a fallback took over in mid-answer), parsing starts again from nothing,
 * so the edits of two providers are never mixed.
 */
final class ChangeAnswer implements TokenSink {

    private final Supplier<ChangeStreamListener> progress;

    private final Consumer<String> onRestart;

    private ChangeSet.Collector collector;

    private ChangeStreamParser parser;

    ChangeAnswer(Supplier<ChangeStreamListener> progress, Consumer<String> onRestart) {
        this.progress = progress;
        this.onRestart = onRestart;
        begin();
    }

    private void begin() {
        collector = new ChangeSet.Collector(progress.get());
        parser = new ChangeStreamParser(collector);
    }

    @Override
    public void accept(String chunk) {
        parser.accept(chunk);
    }

    @Override
    public void restart(String reason) {
        onRestart.accept(reason);
        begin();
    }

    ChangeSet finish() {
        parser.finish();
        return collector.result();
    }

}
