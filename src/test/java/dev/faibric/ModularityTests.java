package dev.faibric;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each top-level package is a module; this keeps their dependencies acyclic and through
 * public APIs only.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(FaibricApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

}
