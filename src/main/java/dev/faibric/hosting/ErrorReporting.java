package dev.faibric.hosting;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.util.HtmlUtils;

/**
 * Adds the error reporter to every app page as it is served (live, previews, any
 * version): a script Faibric serves beside the vendored runtime
 * ({@code _runtime/faibric-errors.js}, so the page's CSP needs nothing inline) that tells
 * the Faibric page framing the app about its uncaught errors and that it ran clean. The
 * platform's host names go with it, so it reports only to a page on one of them. Added
 * when served rather than when deployed, so pages of versions deployed before have it
 * too.
 */
@Component
class ErrorReporting {

    /** The reporter's file name under {@code _runtime/}. */
    static final String SCRIPT = "faibric-errors.js";

    private final byte[] tag;

    private final String version;

    ErrorReporting(HostingSettings settings) {
        String hosts = String.join(" ", settings.platformHosts());
        this.tag = ("<script src=\"./" + AppRuntime.PREFIX + SCRIPT + "\" data-platform-hosts=\""
                + HtmlUtils.htmlEscape(hosts) + "\"></script>")
            .getBytes(StandardCharsets.UTF_8);
        this.version = DigestUtils.md5DigestAsHex(tag).substring(0, 8);
    }

    /**
     * The page with the reporter as the first script: right after {@code <head>}, else
     * after the doctype, else in front.
     */
    byte[] inject(byte[] page) {
        String text = new String(page, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int at = after(text, HEAD);
        if (at < 0) {
            at = Math.max(0, after(text, DOCTYPE));
        }
        byte[] out = new byte[page.length + tag.length];
        System.arraycopy(page, 0, out, 0, at);
        System.arraycopy(tag, 0, out, at, tag.length);
        System.arraycopy(page, at, out, at + tag.length, page.length - at);
        return out;
    }

    /** A page's validator, which changes with the tag (another reporter, other hosts). */
    String etag(String fileTag) {
        return fileTag.substring(0, fileTag.length() - 1) + "-" + version + "\"";
    }

    private static final Pattern HEAD = Pattern.compile("<head[\\s>]");

    private static final Pattern DOCTYPE = Pattern.compile("^\\s*<!doctype[\\s>]");

    /** Just past the {@code >} that closes the first tag {@code start} finds. */
    private static int after(String text, Pattern start) {
        Matcher open = start.matcher(text);
        if (!open.find()) {
            return -1;
        }
        int close = text.indexOf('>', open.start());
        return close < 0 ? -1 : close + 1;
    }

}
