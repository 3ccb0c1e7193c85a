package dev.faibric.realtime;

import java.util.Locale;

/** The event types of the realtime protocol (the seed's names), as sent on the wire. */
public enum EventType {

    THINKING, QUEUED, PROGRESS, FILE, PREVIEW, VALIDATION, COMPLETE, DEPLOYED, ERROR, USER;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

}
