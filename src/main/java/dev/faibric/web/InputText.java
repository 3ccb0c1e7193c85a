package dev.faibric.web;

import org.jspecify.annotations.Nullable;

/**
 * What text a client may send where words are expected (a prompt, a change request, a
 * chat message, a search): well-formed Unicode with at least one visible character and no
 * control characters but tab and line breaks. Zero-width spaces, format characters,
 * combining marks on their own and blank fillers do not count as visible.
 */
public final class InputText {

    /** {@link #problem}'s answer for text with nothing visible in it. */
    public static final String INVISIBLE = "has no visible characters.";

    private InputText() {
    }

    /**
     * Why the text is not acceptable, as the end of a sentence that starts with its name
     * ("The prompt " + problem), or null when it is fine.
     */
    public static @Nullable String problem(String text) {
        int unpaired = unpairedSurrogate(text);
        if (unpaired >= 0) {
            return "contains an unpaired surrogate (U+" + hex(text.charAt(unpaired))
                    + ", half of a character); send valid Unicode text.";
        }
        boolean visible = false;
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return "contains a control character (U+" + hex(c) + "); send plain text.";
            }
            visible |= isVisible(c);
            i += Character.charCount(c);
        }
        return visible ? null : INVISIBLE;
    }

    /** Whether the text holds a high surrogate without its low half, or the reverse. */
    public static boolean hasUnpairedSurrogate(String text) {
        return unpairedSurrogate(text) >= 0;
    }

    private static int unpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            }
            else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    static boolean isVisible(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isFiller(c)) {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK ->
                false;
            default -> true;
        };
    }

    /**
     * Letters and symbols that render as blank space (Hangul fillers, the blank braille
     * cell).
     */
    private static boolean isFiller(int c) {
        return c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800 || c == 0x180E || c == 0xFEFF;
    }

    private static String hex(int c) {
        return String.format("%04X", c);
    }

}
