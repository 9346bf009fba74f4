package org.campfair;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The features as Spring Modulith sees them: no cycles between modules, and no module reaches
 * into another's {@code internal} or any other package it does not expose. Also writes the
 * module documentation into {@code docs/modules}, which is committed, so a change of structure
 * shows in review as a change of those files.
 */
class ModulesTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(CampfairApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeDocumentation();
    }
}
