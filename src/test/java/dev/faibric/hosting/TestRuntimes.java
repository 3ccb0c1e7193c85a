package dev.faibric.hosting;

import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Vendored runtimes for tests that must not depend on the UI build. */
public final class TestRuntimes {

    private TestRuntimes() {
    }

    /**
     * The runtime the build vendored into {@code target/classes/app-runtime} (empty when
     * the frontend was never built).
     */
    public static AppRuntime vendored() {
        return new AppRuntime(JsonMapper.builder().build());
    }

    /** A runtime with the given specifier → file map, e.g. {@code react → react.js}. */
    public static AppRuntime of(Map<String, String> imports) {
        return new AppRuntime(imports);
    }

}
