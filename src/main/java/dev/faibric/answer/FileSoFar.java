package dev.faibric.answer;

import java.util.List;

/**
 * A {@code <file>} still streaming, as a parser hands it to its listener: the raw body
 * that arrived so far (a view of the parser's buffer, to read during the listener's call
 * only) and {@link #text()}, the part of it the file's content is sure to begin with, so
 * a page can show the file growing.
 */
public final class FileSoFar {

    /**
     * The tags that end a file's body in either answer format (after a newline, for all
     * but {@code </file>}).
     */
    private static final List<String> ENDS = List.of("</file>", "<file ", "<edit ", "</faibric-app>", "<summary>",
            "<database>");

    private static final int LONGEST_END = 16;

    private final CharSequence raw;

    FileSoFar(CharSequence raw) {
        this.raw = raw;
    }

    /** Characters of the raw body so far. */
    public int length() {
        return raw.length();
    }

    /**
     * What the file's content (as {@link Tags#body} will make it) begins with, as far as
     * the body so far tells: without the code fence or first newline in front; without
     * what may still turn out to be a closing tag, a closing fence or trailing blank
     * space at the end. As the body grows, each answer starts with the one before, so the
     * text written since the last look is what follows it.
     */
    public String text() {
        String body = withoutPossibleEnd(raw).replace("\r\n", "\n");
        int first = firstNonBlank(body);
        boolean fenced = first >= 0 && body.startsWith("```", first);
        int start = start(body, first);
        if (start < 0) {
            return "";
        }
        int end = trimEnd(body, start, body.length());
        int lastLine = body.lastIndexOf('\n', end - 1) + 1;
        if (fenced && lastLine >= start && body.substring(lastLine, end).strip().matches("`{1,3}")) {
            // Perhaps the closing fence.
            end = trimEnd(body, start, lastLine);
        }
        return body.substring(start, Math.max(start, end));
    }

    private static int trimEnd(String body, int start, int end) {
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /**
     * Drops a tail that may be the start of a tag that ends the file (an {@code <}
     * followed by the start of one of {@link #ENDS}).
     */
    private static String withoutPossibleEnd(CharSequence raw) {
        int length = raw.length();
        for (int i = Math.max(0, length - LONGEST_END); i < length; i++) {
            if (raw.charAt(i) == '<' && mayEndHere(raw.subSequence(i, length).toString())) {
                return raw.subSequence(0, i).toString();
            }
        }
        return raw.toString();
    }

    private static boolean mayEndHere(String tail) {
        for (String end : ENDS) {
            if (end.startsWith(tail)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the content starts in the body: after a code fence's line, or after one
     * leading newline; -1 while a fence may still be opening.
     */
    private static int start(String body, int first) {
        if (first < 0) {
            return -1;
        }
        if (body.charAt(first) == '`') {
            int newline = body.indexOf('\n', first);
            if (newline < 0) {
                return -1;
            }
            if (body.startsWith("```", first)) {
                return newline + 1;
            }
        }
        return body.startsWith("\n") ? 1 : 0;
    }

    private static int firstNonBlank(String body) {
        for (int i = 0; i < body.length(); i++) {
            if (!Character.isWhitespace(body.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

}
