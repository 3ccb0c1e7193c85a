package dev.faibric.datastore;

/**
 * Something an app's data cannot do, said in words for a person: the message names the
 * collection, field or limit involved. {@link #kind()} tells a caller how to answer it.
 */
public class AppDataException extends RuntimeException {

    private final Kind kind;

    public AppDataException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public AppDataException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return this.kind;
    }

    /** What went wrong, for the caller to choose its answer. */
    public enum Kind {

        /** A request the app's schema does not allow: an unknown name, a bad value. */
        INVALID,

        /** No such collection, or no data model at all. */
        NOT_FOUND,

        /** A write that breaks a unique field or set of fields. */
        CONFLICT,

        /** The app's data is at one of its limits (rows or bytes). */
        FULL,

        /**
         * The storage cannot follow a new schema, e.g. existing rows break a new unique
         * set.
         */
        MIGRATION

    }

}
