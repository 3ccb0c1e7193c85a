package dev.faibric.runtime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What makes two run-time errors the same error: their messages, normalised. The
 * browser's prefixes ({@code Uncaught}, {@code (in promise)}), URLs (hosts, ports,
 * cache-busters), numbers (ids, counts, positions), case and spacing do not count, so an
 * error that comes back with another id or from another version's address is still the
 * one already sent to be fixed.
 */
final class ErrorFingerprint {

    private static final Pattern PREFIX = Pattern
        .compile("^(?:uncaught\\s+|\\(in promise\\)\\s*|unhandled promise rejection:\\s*)+");

    private static final Pattern URL = Pattern.compile("\\b[a-z][a-z0-9+.-]*://\\S+");

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    static final int MAX_LENGTH = 500;

    private ErrorFingerprint() {
    }

    /** The message as compared: e.g. {@code typeerror: cannot read 'x' of item #}. */
    static String normalise(String message) {
        String text = message.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        text = PREFIX.matcher(text).replaceFirst("");
        text = URL.matcher(text).replaceAll("<url>");
        text = NUMBER.matcher(text).replaceAll("#").strip();
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH);
    }

    /** SHA-256 of the normalised message, in hex: the key an error is remembered by. */
    static String of(String normalised) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

}
