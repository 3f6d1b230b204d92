package dev.promcdi.registry;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.testing.Containers;
import org.junit.jupiter.api.Test;

/** The registry is the application's PrometheusRegistry bean if it has one, else the default. */
class RegistryTest {

    @Test
    void aNameTheRegistryAlreadyHoldsFailsTheDeploymentWithTheWayOut() {
        String message = Containers.startFailure(Containers.weld(Taken.class)).getMessage();

        assertTrue(message.contains("Invalid @Count on dev.promcdi.registry.Taken.take(): the registry refuses "
                + "metric 'taken'"), message);
        assertTrue(message.contains("also produce it as a CDI bean (@Produces)"), message);
    }

    @Test
    void twoRegistryBeansAreReported() {
        String message = Containers.startFailure(Containers.weld(TwoRegistries.class)).getMessage();

        assertTrue(message.contains("promcdi needs at most one bean of type "
                + "io.prometheus.metrics.model.registry.PrometheusRegistry but found 2"), message);
    }
}
