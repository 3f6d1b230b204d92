package dev.promcdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigTest {

    @Test
    void environmentVariablesUseMicroProfileConfigNames() {
        assertEquals("PROMCDI_JVM_METRICS_ENABLED", Config.environmentName("promcdi.jvm-metrics.enabled"));
    }

    @Test
    void withoutMicroProfileConfigSystemPropertiesComeBeforeEnvironmentVariables() {
        assertEquals(Optional.of(System.getenv("PATH")), Config.systemOrEnvironment("path"));
        System.setProperty("path", "from-property");
        try {
            assertEquals(Optional.of("from-property"), Config.systemOrEnvironment("path"));
        } finally {
            System.clearProperty("path");
        }
    }

    @Test
    void flagsAcceptTrueAndFalseInAnyCaseAndDefaultWhenAbsent() {
        Map<String, String> values = Map.of("a", "TRUE", "b", " false ");
        Config config = new Config(key -> Optional.ofNullable(values.get(key)));

        assertTrue(config.flag("a", false));
        assertFalse(config.flag("b", true));
        assertTrue(config.flag("c", true));
    }

    @Test
    void anythingElseIsRejectedNamingKeyAndValue() {
        Config config = new Config(key -> Optional.of("1"));

        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> config.flag("k", true));

        assertEquals("Invalid value '1' for configuration key k: expected true or false.", thrown.getMessage());
    }
}
