package dev.promcdi.redeploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.testing.Containers;
import dev.promcdi.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * L5: undeploy and deploy again in the same JVM works: what promcdi registered is unregistered at
 * shutdown; the application's own metrics stay.
 */
class L5RedeployTest {

    final Scrape scrape = new Scrape(PrometheusRegistry.defaultRegistry);

    @Test
    void L5_bootShutDownAndBootAgainTwiceInOneJvm() {
        for (int deployment = 1; deployment <= 3; deployment++) {
            double received = Orders.RECEIVED.get();
            WeldContainer container = Containers.weld(Orders.class).initialize();
            try {
                assertEquals("placed", container.select(Orders.class).get().place());

                assertEquals(1, scrape.count("l5_orders_place_seconds"), "a fresh metric in deployment " + deployment);
                assertEquals(received + 1, Orders.RECEIVED.get());
                assertTrue(scrape.family("jvm_threads_current").isPresent(), "JVM metrics are registered");
            } finally {
                container.shutdown();
            }

            assertFalse(scrape.family("l5_orders_place_seconds").isPresent(), "unregistered at shutdown");
            assertFalse(scrape.family("jvm_threads_current").isPresent(), "JVM metrics unregistered at shutdown");
            assertTrue(scrape.family("l5_orders_received").isPresent(), "the application's metric stays");
        }
    }
}
