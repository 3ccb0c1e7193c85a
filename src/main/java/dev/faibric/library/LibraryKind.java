package dev.faibric.library;

import java.util.Locale;

/** The four kinds of library entry, each its own table. */
public enum LibraryKind {

    TEMPLATE("code_templates"), COMPONENT("component_library"), THEME("themes"), SCHEMA("database_schemas");

    private final String table;

    LibraryKind(String table) {
        this.table = table;
    }

    String table() {
        return table;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

}
