package dev.faibric.runtime;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The change request that asks the model to fix a run-time error: the error's message,
 * the source file it was thrown in (and where in the JavaScript the browser runs, which
 * the file was transpiled to), the first lines of its stack, and "Fix it."
 */
final class FixPrompt {

    static final int STACK_LINES = 6;

    private static final int MESSAGE_CHARS = 1000;

    private static final int LINE_CHARS = 200;

    private FixPrompt() {
    }

    /**
     * @param source the source file the browser's file was transpiled from, when the
     * version has it
     */
    static String of(RuntimeError error, @Nullable String source) {
        StringBuilder text = new StringBuilder("The app throws this error at run time:\n\n")
            .append(cut(error.text(), MESSAGE_CHARS))
            .append('\n');
        String file = error.path();
        if (!file.isEmpty()) {
            String at = error.line() == null || error.line() == 0 ? "" : ", line " + error.line()
                    + (error.column() == null || error.column() == 0 ? "" : ", column " + error.column());
            text.append("\nIt is thrown in ");
            if (source != null && !source.equals(file)) {
                text.append(source).append(" (").append(file).append(at).append(" in the JavaScript the browser runs)");
            }
            else {
                text.append(file).append(at);
            }
            text.append(".\n");
        }
        String stack = firstLines(error.stack());
        if (!stack.isEmpty()) {
            text.append("\nStack:\n").append(stack).append('\n');
        }
        return text.append("\nFix it.").toString();
    }

    private static String firstLines(@Nullable String stack) {
        if (stack == null) {
            return "";
        }
        return Arrays.stream(stack.split("\\R"))
            .map(String::strip)
            .filter(line -> !line.isEmpty())
            .limit(STACK_LINES)
            .map(line -> "    " + cut(line, LINE_CHARS))
            .collect(Collectors.joining("\n"));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

}
