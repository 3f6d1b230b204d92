package dev.promcdi.spi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.testing.Containers;
import dev.promcdi.testing.Fixtures;
import dev.promcdi.testing.Scrape;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/** Deployment: what a module registers through it lives and dies with the CDI deployment. */
class DeploymentTest {

    @Test
    void whatAModuleRegistersGoesToTheDeploymentsRegistryAndIsUnregisteredWhenItStops() {
        WeldContainer container = Containers.weld(Fixtures.class).initialize();
        PrometheusRegistry registry = container.select(PrometheusRegistry.class).get();
        Scrape scrape = new Scrape(registry);
        try {
            Deployment deployment = Deployment.current();
            assertSame(registry, deployment.registry(), "the application's registry bean");

            deployment.register(Counter.builder().name("module_events").help("Events.").build());
            Object shared = deployment.shared(StringBuilder.class, StringBuilder::new);

            assertTrue(scrape.has("module_events"));
            assertSame(shared, Deployment.current().shared(StringBuilder.class, StringBuilder::new), "one per deployment");
        } finally {
            container.shutdown();
        }

        assertFalse(scrape.has("module_events"), "unregistered at shutdown");
        assertSame(PrometheusRegistry.defaultRegistry, Deployment.current().registry(),
                "without a running deployment, the default registry");
    }
}
