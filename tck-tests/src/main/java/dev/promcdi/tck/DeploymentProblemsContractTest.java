package dev.promcdi.tck;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * C7: an archive with wrong definitions does not deploy, and the container's log names every
 * offending site; L1: an invalid setting of that archive is named in the same report.
 */
@ExtendWith(Tck.class)
class DeploymentProblemsContractTest {

    @Test
    void C7_anArchiveWithBadDefinitionsDoesNotDeploy(Tck tck) throws Exception {
        assertNotEquals(200, tck.status(tck.container().brokenApi().resolve("ping")), "the broken archive must not serve");
        String log = tck.container().log();
        assertTrue(log.contains("dev.promcdi.tck.broken.BrokenBean"), "the container says which bean failed:\n" + log);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"invalidName()", "labelWithoutValue()", "reservedLabel()", "conflictTwo()", "keysTwo()",
        "privateMethod()", "staticMethod()", "finalMethod()", "unmeasurableTask()"})
    void C7_theReportNamesEverySite(String method, Tck tck) throws Exception {
        tck.skipIfKnownGap("C7_theReportNamesEverySite");
        String log = tck.container().log();
        assertTrue(log.contains("problems in this deployment:"), "one report of every problem:\n" + log);
        assertTrue(log.contains("on dev.promcdi.tck.broken.BrokenBean." + method + ":"),
                "the report names BrokenBean." + method + ":\n" + log);
    }

    @Test
    void L1_anInvalidSettingIsNamedInTheSameReport(Tck tck) throws Exception {
        tck.skipIfKnownGap("C7_theReportNamesEverySite");
        String log = tck.container().log();
        assertTrue(log.contains("Invalid value 'sometimes' for configuration key promcdi.jvm-metrics.enabled"),
                "the broken archive's META-INF/microprofile-config.properties setting is named:\n" + log);
    }
}
