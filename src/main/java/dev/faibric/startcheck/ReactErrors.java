package dev.faibric.startcheck;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * React's production build throws "Minified React error #301" instead of its message; the
 * messages of the errors apps start with most often, written out, so that the chat and
 * the repair see what went wrong. Others keep their code and link.
 */
final class ReactErrors {

    private static final Pattern MINIFIED = Pattern.compile(
            "Minified React error #(\\d+); visit https://react\\.dev/errors/\\d+(\\?\\S*)? for the full message[^.]*\\.(?: Use the non-minified[^.]*\\.)?");

    private static final Map<Integer, String> MESSAGES = Map.of(31,
            "Objects are not valid as a React child (found: %s). If you meant to render a collection of children, use an array instead.",
            130,
            "Element type is invalid: expected a string (for built-in components) or a class/function (for composite components) but got: %s.%s",
            185,
            "Maximum update depth exceeded. This can happen when a component repeatedly calls setState inside componentWillUpdate or componentDidUpdate. React limits the number of nested updates to prevent infinite loops.",
            300, "Rendered fewer hooks than expected. This may be caused by an accidental early return statement.", 301,
            "Too many re-renders. React limits the number of renders to prevent an infinite loop.", 310,
            "Rendered more hooks than during the previous render.", 321,
            "Invalid hook call. Hooks can only be called inside of the body of a function component.");

    private ReactErrors() {
    }

    /** The message with any minified React error written out. */
    static String explain(String message) {
        Matcher matcher = MINIFIED.matcher(message);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int code = Integer.parseInt(matcher.group(1));
            String template = MESSAGES.get(code);
            String explained = template == null ? "React error #" + code + " (https://react.dev/errors/" + code + ")"
                    : String.format(template, arguments(matcher.group(2), template).toArray());
            matcher.appendReplacement(out, Matcher.quoteReplacement(explained.strip()));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static List<Object> arguments(String query, String template) {
        List<Object> arguments = new ArrayList<>();
        if (query != null) {
            for (String pair : query.substring(1).split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    arguments.add(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        int wanted = template.split("%s", -1).length - 1;
        while (arguments.size() < wanted) {
            arguments.add("");
        }
        return arguments;
    }

}
