package dev.faibric.project;

/** Where a project stands; serialised in lower case for the API. */
public enum ProjectStatus {

    GENERATING, READY, FAILED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

}
