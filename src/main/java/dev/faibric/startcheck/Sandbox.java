package dev.faibric.startcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

/**
 * One JavaScript context with a browser around a DOM, used for one app and then thrown
 * away. It reaches nothing of the host: no Java classes, threads, processes, environment
 * or disk; it reads only its {@link AppFileSystem}. Prepared ahead of the check that uses
 * it, since the browser takes longer to set up than most apps take to start.
 */
final class Sandbox implements AutoCloseable {

    /**
     * Virtual milliseconds an app runs for after its first render: effects, first timers.
     */
    static final int FIRST_SECOND = 1000;

    /**
     * Tasks in a row at one virtual instant after which an app is taken to be updating
     * without end.
     */
    static final int ENDLESS = 1000;

    /** Tasks run at most, however the app spreads them over its first second. */
    static final int MOST_TASKS = 3000;

    private final Context context;

    private final AppFileSystem files;

    Sandbox(Engine engine, AppFileSystem files, List<Source> browser) {
        this.files = files;
        this.context = Context.newBuilder("js")
            .engine(engine)
            .sandbox(SandboxPolicy.CONSTRAINED)
            .allowHostAccess(HostAccess.CONSTRAINED)
            .allowHostClassLookup(name -> false)
            .allowPolyglotAccess(PolyglotAccess.NONE)
            .allowCreateThread(false)
            .allowCreateProcess(false)
            .allowNativeAccess(false)
            .allowEnvironmentAccess(EnvironmentAccess.NONE)
            .allowIO(IOAccess.newBuilder().fileSystem(files).build())
            .option("js.console", "true")
            .build();
        browser.forEach(context::eval);
    }

    /**
     * Loads the app's files, runs {@code environment} (what the page sets before any
     * module), the start module, and then the app's first second; the failures, empty if
     * it started.
     */
    Started start(Map<String, String> app, Source environment, Source startModule) {
        files.load(app);
        Value check = context.getBindings("js").getMember("__faibricCheck");
        try {
            context.eval(environment);
            context.eval(startModule);
            if (check.getMember("failures").getArraySize() == 0 && runFirstSecond(check)) {
                return Started.endless(logged(check));
            }
            return new Started(failures(check), false, false, logged(check), screen(check));
        }
        catch (PolyglotException e) {
            return Started.thrown(e, check);
        }
    }

    /**
     * Runs the tasks the app set for its first second, until a failure; whether it kept
     * updating without end.
     */
    private static boolean runFirstSecond(Value check) {
        Value runNext = check.getMember("runNext");
        int atOneInstant = 0;
        double instant = -1;
        for (int task = 0; task < MOST_TASKS; task++) {
            double clock = runNext.execute(FIRST_SECOND).asDouble();
            if (clock < 0 || check.getMember("failures").getArraySize() > 0) {
                return false;
            }
            atOneInstant = clock == instant ? atOneInstant + 1 : 0;
            instant = clock;
            if (atOneInstant >= ENDLESS) {
                return true;
            }
        }
        return false;
    }

    /**
     * Stops whatever the sandbox is running, from any thread; it cannot be used again.
     */
    void cancel() {
        context.close(true);
    }

    @Override
    public void close() {
        context.close(true);
    }

    private static List<Failure> failures(Value check) {
        Value all = check.getMember("failures");
        List<Failure> failures = new ArrayList<>();
        for (long i = 0; i < all.getArraySize(); i++) {
            Value failure = all.getArrayElement(i);
            failures.add(new Failure(failure.getMember("stage").asString(), failure.getMember("message").asString(),
                    failure.getMember("stack").asString()));
        }
        return failures;
    }

    /** The markup the app shows, as far as the first {@code 4000} characters. */
    private static String screen(Value check) {
        String html = check.getMember("root").execute().getMember("innerHTML").asString();
        return html.length() > 4000 ? html.substring(0, 4000) : html;
    }

    private static List<String> logged(Value check) {
        Value all = check.getMember("logged");
        List<String> lines = new ArrayList<>();
        for (long i = 0; i < all.getArraySize(); i++) {
            lines.add(all.getArrayElement(i).asString());
        }
        return lines;
    }

    /** An error the app could not start with: where, what, and the stack it came with. */
    record Failure(String stage, String message, String stack) {
    }

    /**
     * What starting an app came to: its failures, whether it updated without end or was
     * stopped at the timeout, what it logged, and what it showed once it started.
     */
    record Started(List<Failure> failures, boolean endless, boolean cancelled, List<String> logged, String screen) {

        static Started endless(List<String> logged) {
            return new Started(List.of(), true, false, logged, "");
        }

        static Started timedOut() {
            return new Started(List.of(), false, true, List.of(), "");
        }

        static Started thrown(PolyglotException e, Value check) {
            if (e.isCancelled() || e.isInterrupted()) {
                return timedOut();
            }
            if (e.isHostException() || e.isInternalError()) {
                throw e;
            }
            if (e.isResourceExhausted()) {
                return new Started(List.of(new Failure("load", "the app ran out of memory while starting", "")), false,
                        false, List.of(), "");
            }
            StringBuilder stack = new StringBuilder();
            for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
                if (frame.isGuestFrame() && frame.getSourceLocation() != null) {
                    stack.append("    at ")
                        .append(frame.getRootName())
                        .append(" (")
                        .append(frame.getSourceLocation().getSource().getPath())
                        .append(")\n");
                }
            }
            if (e.getSourceLocation() != null && e.getSourceLocation().getSource().getPath() != null) {
                stack.insert(0, "    at (" + e.getSourceLocation().getSource().getPath() + ")\n");
            }
            return new Started(List.of(new Failure("load", e.getMessage(), stack.toString())), false, false,
                    Sandbox.logged(check), "");
        }

    }

}
