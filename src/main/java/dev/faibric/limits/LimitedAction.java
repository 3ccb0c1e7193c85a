package dev.faibric.limits;

import java.util.Locale;

/** What a rate limit counts. */
public enum LimitedAction {

    GENERATE("app generations"), CHANGE("change requests"), LIBRARY_IMPORT("library imports"),
    LIBRARY_SEARCH("library searches"),

    /**
     * Sign-ins and sign-ups: nobody is signed in yet, so "per account" is every attempt
     * on the node together, which bounds the password hashing they cost.
     */
    SIGN_IN("sign-in attempts"),

    /**
     * Sign-ins and sign-ups of a generated app's users, on the app's own origin: counted
     * per app (all its visitors together) and per address on that app, never per account.
     */
    APP_SIGN_IN("sign-in attempts on this app");

    private final String what;

    LimitedAction(String what) {
        this.what = what;
    }

    /** How a refusal names it: "app generations". */
    public String what() {
        return what;
    }

    /** As the usage endpoint and the settings name it: "library-import". */
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Whether it is counted before anyone is signed in: then every caller shares the one
     * "account" bucket, {@code 0}.
     */
    boolean beforeSignIn() {
        return this == SIGN_IN;
    }

    /**
     * Whether it is counted per app ({@link RateLimits#takeForApp}) instead of per
     * account.
     */
    public boolean perApp() {
        return this == APP_SIGN_IN;
    }

    LimitsSettings.Rate rate(LimitsSettings settings) {
        return switch (this) {
            case GENERATE -> settings.generate();
            case CHANGE -> settings.change();
            case LIBRARY_IMPORT -> settings.libraryImport();
            case LIBRARY_SEARCH -> settings.librarySearch();
            case SIGN_IN -> settings.signIn();
            case APP_SIGN_IN -> settings.appSignIn();
        };
    }

}
