package dev.promcdi.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.testing.Containers;
import dev.promcdi.testing.Fixtures;
import dev.promcdi.testing.Scrape;
import dev.promcdi.testing.TestConfigSource;
import jakarta.enterprise.inject.spi.DeploymentException;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Settings under promcdi., and the JVM metrics they switch. */
class ConfigurationTest {

    @AfterEach
    void clear() {
        System.clearProperty("promcdi.jvm-metrics.enabled");
        TestConfigSource.VALUES.clear();
    }

    @Test
    void jvmMetricsAreRegisteredByDefault() {
        assertTrue(deployedHasFamily("jvm_memory_used_bytes"));
        assertTrue(deployedHasFamily("process_cpu_seconds"));
    }

    @Test
    void jvmMetricsCanBeSwitchedOff() {
        System.setProperty("promcdi.jvm-metrics.enabled", "false");

        assertFalse(deployedHasFamily("jvm_memory_used_bytes"));
    }

    @Test
    void microProfileConfigIsReadWhenPresent() {
        TestConfigSource.VALUES.put("promcdi.jvm-metrics.enabled", "false");

        assertFalse(deployedHasFamily("jvm_memory_used_bytes"));
    }

    /** Whether a deployment's registry holds the family while it runs. */
    private static boolean deployedHasFamily(String name) {
        WeldContainer container = Containers.weld(Fixtures.class).initialize();
        try {
            return container.select(Scrape.class).get().family(name).isPresent();
        } finally {
            container.shutdown();
        }
    }

    @Test
    void anInvalidValueFromMicroProfileConfigFailsTheStartNamingTheKey() {
        TestConfigSource.VALUES.put("promcdi.jvm-metrics.enabled", "off");

        DeploymentException failure = Containers.startFailure(Containers.weld(Fixtures.class));

        assertTrue(failure.getMessage().contains("Invalid value 'off' for configuration key promcdi.jvm-metrics.enabled"),
                failure.getMessage());
    }

    @Test
    void anInvalidValueFailsTheStartNamingTheKey() {
        System.setProperty("promcdi.jvm-metrics.enabled", "yes");

        DeploymentException failure = Containers.startFailure(Containers.weld(Fixtures.class));

        assertTrue(failure.getMessage().contains(
                "Invalid value 'yes' for configuration key promcdi.jvm-metrics.enabled: expected true or false."),
                failure.getMessage());
    }

    @Test
    void jvmMetricsAreRegisteredOncePerRegistryAcrossDeployments() {
        WeldContainer first = Containers.weld(SharedRegistry.class).containerId("first").initialize();
        WeldContainer second = Containers.weld(SharedRegistry.class).containerId("second").initialize();
        Scrape scrape = new Scrape(SharedRegistry.REGISTRY);
        try {
            assertTrue(scrape.family("jvm_threads_current").isPresent());
            first.shutdown();
            assertTrue(scrape.family("jvm_threads_current").isPresent(), "still used by the second deployment");
        } finally {
            second.shutdown();
        }
        assertFalse(scrape.family("jvm_threads_current").isPresent(), "gone with the last deployment");
    }
}
