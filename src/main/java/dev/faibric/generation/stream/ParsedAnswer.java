package dev.faibric.generation.stream;

import dev.faibric.answer.AnswerParser;
import dev.faibric.answer.AppStreamParser;
import dev.faibric.answer.ChangeSet;
import dev.faibric.answer.ChangeStreamListener;
import dev.faibric.answer.ChangeStreamParser;
import dev.faibric.llm.TokenSink;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * An answer being parsed as it streams, whatever its format. When the provider starts
 * again (a fallback took over in mid-answer), parsing starts again from nothing, so two
 * providers never write into one version.
 *
 * @param <T> what the answer comes to: a {@link GenerationRun} for an app, a
 * {@link ChangeSet} for a change or a repair
 */
public final class ParsedAnswer<T> implements TokenSink {

    /**
     * One parse of the answer from its start: chunks in, the result once the stream ends.
     */
    public interface Parse<T> {

        void accept(String chunk);

        T finish();

    }

    private final Supplier<Parse<T>> fresh;

    private final Consumer<String> onRestart;

    private Parse<T> parse;

    public ParsedAnswer(Supplier<Parse<T>> fresh, Consumer<String> onRestart) {
        this.fresh = fresh;
        this.onRestart = onRestart;
        this.parse = fresh.get();
    }

    /** A whole app answer, reported to a fresh {@link GenerationRun} on every start. */
    public static ParsedAnswer<GenerationRun> app(Supplier<GenerationRun> runs, Consumer<String> onRestart) {
        return new ParsedAnswer<>(() -> {
            GenerationRun run = runs.get();
            return parse(new AppStreamParser(run), () -> run);
        }, onRestart);
    }

    /**
     * A change or repair answer, collected into a change set; {@code progress} hears what
     * streams.
     */
    public static ParsedAnswer<ChangeSet> change(Supplier<ChangeStreamListener> progress, Consumer<String> onRestart) {
        return new ParsedAnswer<>(() -> {
            ChangeSet.Collector collector = new ChangeSet.Collector(progress.get());
            return parse(new ChangeStreamParser(collector), collector::result);
        }, onRestart);
    }

    private static <T> Parse<T> parse(AnswerParser parser, Supplier<T> result) {
        return new Parse<>() {
            @Override
            public void accept(String chunk) {
                parser.accept(chunk);
            }

            @Override
            public T finish() {
                parser.finish();
                return result.get();
            }
        };
    }

    @Override
    public void accept(String chunk) {
        parse.accept(chunk);
    }

    @Override
    public void restart(String reason) {
        onRestart.accept(reason);
        parse = fresh.get();
    }

    public T finish() {
        return parse.finish();
    }

}
