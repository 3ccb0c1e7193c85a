package dev.faibric.hosting;

import java.util.Map;

/** Vendored runtimes for tests that must not depend on the UI build. */
public final class TestRuntimes {

    private TestRuntimes() {
    }

    /** A runtime with the given specifier → file map, e.g. {@code react → react.js}. */
    public static AppRuntime of(Map<String, String> imports) {
        return new AppRuntime(imports);
    }

}
