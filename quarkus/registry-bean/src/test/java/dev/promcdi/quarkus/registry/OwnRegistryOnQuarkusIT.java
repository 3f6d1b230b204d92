package dev.promcdi.quarkus.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.quarkus.testing.RunningApplication;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * An application with promcdi-jaxrs alone (no server or push bean injects promcdi's deployment)
 * and a registry bean of its own: its bindings, its request metrics and its scrape all use that
 * registry.
 */
class OwnRegistryOnQuarkusIT {

    @Test
    void theApplicationsRegistryBeanHoldsAndServesEveryMetric() throws Exception {
        try (RunningApplication application = RunningApplication.start(
                Path.of(System.getProperty("promcdi.application.jar")))) {
            assertEquals(200, application.get("greetings").statusCode());

            String metrics = application.get("metrics").body();

            assertTrue(metrics.contains("greetings_total 1.0"), metrics); // the binding, in the bean registry
            assertTrue(metrics.contains("http_server_request_duration_seconds_count{method=\"GET\","
                    + "route=\"/api/greetings\",status=\"200\"} 1"), metrics); // the request metrics, scraped from it too
        }
    }
}
