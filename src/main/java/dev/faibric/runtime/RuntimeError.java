package dev.faibric.runtime;

import dev.faibric.web.InputText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An uncaught error or unhandled promise rejection of an app, as the script Faibric adds
 * to every app page reports it to the Faibric page around it, and that page to the
 * server: the message, the stack, and where it was thrown (the file as the browser loads
 * it, relative to the app, with its line and column). Sizes are bounded; control
 * characters other than tabs and line breaks are refused.
 */
record RuntimeError(
        @NotNull(message = "error.message is required: the error's message, e.g. \"TypeError: x is undefined\".") @Size(
                max = MAX_MESSAGE,
                message = "error.message may have at most {max} characters.") @Nullable String message,
        @Size(max = MAX_STACK, message = "error.stack may have at most {max} characters.") @Nullable String stack,
        @Size(max = MAX_FILE, message = "error.file may have at most {max} characters.") @Nullable String file,
        @Min(value = 0, message = WHERE) @Max(value = MAX_POSITION, message = WHERE) @Nullable Integer line,
        @Min(value = 0, message = WHERE) @Max(value = MAX_POSITION, message = WHERE) @Nullable Integer column) {

    static final int MAX_MESSAGE = 2000;

    static final int MAX_STACK = 8000;

    static final int MAX_FILE = 500;

    static final int MAX_POSITION = 10_000_000;

    static final String WHERE = "error.line and error.column are whole numbers from 0 to 10000000.";

    @AssertTrue(
            message = "error.message must have visible characters, and no control characters but tabs and line breaks.")
    public boolean isReadableMessage() {
        return message == null || InputText.problem(message) == null;
    }

    @AssertTrue(message = "error.stack and error.file may have no control characters but tabs and line breaks.")
    public boolean isReadableWhere() {
        return plain(stack) && plain(file);
    }

    /** The message, never null once validated. */
    String text() {
        return message == null ? "" : message.strip();
    }

    /** The file, without a leading {@code ./} or {@code /} and without a query. */
    String path() {
        if (file == null) {
            return "";
        }
        return file.strip().replaceFirst("[?#].*$", "").replaceFirst("^(\\./|/)+", "");
    }

    /** The message and where it was thrown, in one line for the version's record. */
    String summary() {
        String where = path().isEmpty() ? "" : " (" + path() + (line == null || line == 0 ? "" : ":" + line) + ")";
        String text = text().replaceAll("\\s+", " ") + where;
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE - 1) + "…";
    }

    private static boolean plain(@Nullable String text) {
        return text == null
                || text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
    }

}
