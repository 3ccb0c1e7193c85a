package dev.faibric.project;

import java.util.Locale;

/** Where a project stands; serialised in lower case for the API. */
public enum ProjectStatus {

    GENERATING, READY, FAILED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

}
