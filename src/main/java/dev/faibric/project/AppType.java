package dev.faibric.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * The seed's kinds of app. Each has its own specialised prompt and a default look.
 * Declared from the most specific kind to the most general: where a prompt fits two kinds
 * equally well, the classifier takes the earlier one ("tic tac toe for my bakery's
 * website" is a game).
 */
public enum AppType {

    GAME, DASHBOARD, FORM, TOOL, WEBAPP, WEBSITE;

    /** What a prompt that says nothing about its kind gets: the seed's default. */
    public static final AppType DEFAULT = WEBSITE;

    /**
     * The name on the wire, in the database and in prompts: {@code tool},
     * {@code website}.
     */
    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type a model or a stored row names, if it names one. */
    public static Optional<AppType> parse(String name) {
        for (AppType type : values()) {
            if (type.wire().equals(name.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    @JsonCreator
    static AppType fromWire(String name) {
        return parse(name).orElseThrow(() -> new IllegalArgumentException("not an app type: " + name));
    }

    @Override
    public String toString() {
        return wire();
    }

}
