package dev.faibric.appauth;

import dev.faibric.web.InputText;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;

/**
 * What a sign-up or a log-in sends, read strictly: a JSON object with only the keys it
 * may have, each of the right kind, an e-mail address that looks like one and a password
 * of 8 to 128 characters. Anything else is a 400 that names what to fix.
 *
 * @param email the address, without surrounding white space
 * @param password the password, exactly as sent
 * @param name the name to show other users, or null for none
 */
record SignInForm(String email, String password, @Nullable String name) {

    static final int MIN_PASSWORD = 8;

    static final int MAX_PASSWORD = 128;

    static final int MAX_EMAIL = 254;

    static final int MAX_NAME = 100;

    private static final String EXAMPLE = "{\"email\": \"you@example.com\", \"password\": \"...\"}";

    /** A sign-up: an address, a password and perhaps a name. */
    static SignInForm signUp(JsonNode body) {
        SignInForm form = read(body, List.of("email", "password", "name"));
        int length = form.password.codePointCount(0, form.password.length());
        if (length < MIN_PASSWORD || length > MAX_PASSWORD) {
            throw invalid("A password needs " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters.");
        }
        return form;
    }

    /** A log-in: an address and a password (of any length: a wrong one is just wrong). */
    static SignInForm logIn(JsonNode body) {
        SignInForm form = read(body, List.of("email", "password"));
        if (form.password.codePointCount(0, form.password.length()) > MAX_PASSWORD) {
            throw invalid("A password has at most " + MAX_PASSWORD + " characters.");
        }
        return form;
    }

    private static SignInForm read(JsonNode body, List<String> keys) {
        if (!body.isObject()) {
            throw invalid("The request body must be a JSON object: " + EXAMPLE + ".");
        }
        for (String key : body.propertyNames()) {
            if (!keys.contains(key)) {
                throw invalid("Unknown key \"" + shown(key) + "\": send only " + quoted(keys) + ".");
            }
        }
        String email = text(body, "email", "Send an e-mail address: " + EXAMPLE + ".").strip();
        String password = text(body, "password", "Send a password: " + EXAMPLE + ".");
        String problem = emailProblem(email);
        if (problem != null) {
            throw invalid("The e-mail address " + problem);
        }
        if (InputText.hasUnpairedSurrogate(password)) {
            throw invalid(
                    "The password contains an unpaired surrogate (half of a character); send valid Unicode text.");
        }
        return new SignInForm(email, password, name(body));
    }

    private static @Nullable String name(JsonNode body) {
        JsonNode node = body.get("name");
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw invalid("\"name\" must be text, the name other users see.");
        }
        String name = node.asString().strip();
        if (name.isEmpty()) {
            return null;
        }
        String problem = InputText.problem(name);
        if (problem != null) {
            throw invalid("The name " + problem);
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            throw invalid("The name may be at most " + MAX_NAME + " characters.");
        }
        return name;
    }

    private static String text(JsonNode body, String key, String whenMissing) {
        JsonNode node = body.get(key);
        if (node == null || node.isNull()) {
            throw invalid(whenMissing);
        }
        if (!node.isString()) {
            throw invalid("\"" + key + "\" must be text: " + EXAMPLE + ".");
        }
        return node.asString();
    }

    /**
     * Why this is not an address to sign up with, as the end of a sentence, or null: at
     * most 254 characters, one {@code @} with something on both sides, no white space or
     * control characters.
     */
    static @Nullable String emailProblem(String email) {
        if (email.isEmpty()) {
            return "is empty; send one like you@example.com.";
        }
        if (email.length() > MAX_EMAIL) {
            return "may be at most " + MAX_EMAIL + " characters.";
        }
        int at = email.indexOf('@');
        if (at <= 0 || at != email.lastIndexOf('@') || at == email.length() - 1) {
            return "needs one @ with a name before it and a domain after it, like you@example.com.";
        }
        boolean bad = email.codePoints()
            .anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.SURROGATE);
        return bad ? "may not contain spaces or control characters." : null;
    }

    /** A key as a refusal quotes it: short, and only printable characters. */
    private static String shown(String key) {
        String printable = key.replaceAll("\\p{C}", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }

    private static String quoted(List<String> keys) {
        List<String> names = keys.stream().map(k -> "\"" + k + "\"").toList();
        return names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    private static ResponseStatusException invalid(String detail) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
    }

    @Override
    public String toString() {
        return "SignInForm[" + email + "]";
    }

}
