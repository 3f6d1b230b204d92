package dev.promcdi.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.testing.Containers;
import dev.promcdi.testing.Fixtures;
import dev.promcdi.testing.Scrape;
import dev.promcdi.testing.TestConfigSource;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
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
        WeldContainer container = Containers.weld(Fixtures.class).initialize();
        try {
            Scrape scrape = new Scrape(container.select(PrometheusRegistry.class).get());
            assertTrue(scrape.family("jvm_memory_used_bytes").isPresent());
            assertTrue(scrape.family("process_cpu_seconds").isPresent());
        } finally {
            container.shutdown();
        }
    }

    @Test
    void jvmMetricsCanBeSwitchedOff() {
        System.setProperty("promcdi.jvm-metrics.enabled", "false");
        WeldContainer container = Containers.weld(Fixtures.class).initialize();
        try {
            PrometheusRegistry registry = container.select(PrometheusRegistry.class).get();
            assertFalse(new Scrape(registry).family("jvm_memory_used_bytes").isPresent());
        } finally {
            container.shutdown();
        }
    }

    @Test
    void microProfileConfigIsReadWhenPresent() {
        TestConfigSource.VALUES.put("promcdi.jvm-metrics.enabled", "false");
        WeldContainer container = Containers.weld(Fixtures.class).initialize();
        try {
            PrometheusRegistry registry = container.select(PrometheusRegistry.class).get();
            assertFalse(new Scrape(registry).family("jvm_memory_used_bytes").isPresent());
        } finally {
            container.shutdown();
        }
    }

    @Test
    void anInvalidValueFromMicroProfileConfigFailsTheStartNamingTheKey() {
        TestConfigSource.VALUES.put("promcdi.jvm-metrics.enabled", "off");

        DeploymentException failure = assertThrows(DeploymentException.class,
                () -> Containers.weld(Fixtures.class).initialize().shutdown());

        assertTrue(failure.getMessage().contains("Invalid value 'off' for configuration key promcdi.jvm-metrics.enabled"),
                failure.getMessage());
    }

    @Test
    void anInvalidValueFailsTheStartNamingTheKey() {
        System.setProperty("promcdi.jvm-metrics.enabled", "yes");

        DeploymentException failure = assertThrows(DeploymentException.class,
                () -> Containers.weld(Fixtures.class).initialize().shutdown());

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
