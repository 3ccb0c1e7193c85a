package dev.faibric.realtime;

import java.util.Locale;

/**
 * The event types of the realtime protocol (the seed's names), as sent on the wire.
 * {@code message} is something the build says in the chat that is neither a step nor a
 * problem, e.g. how the app's data model changed.
 */
public enum EventType {

    THINKING, QUEUED, PROGRESS, FILE, PREVIEW, VALIDATION, COMPLETE, DEPLOYED, ERROR, USER, MESSAGE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

}
