package dev.promcdi.endpoint.architecture;

import dev.promcdi.testing.Architecture;
import org.junit.jupiter.api.Test;

/** This module's packages, and those it builds on, keep promcdi's package structure. */
class PackageStructureTest {

    @Test
    void noPackageCycleAndNoReachIntoAnotherModulesInternals() {
        Architecture.check();
    }
}
