package dev.promcdi.jaxrs.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.jaxrs.app.Embedded;
import dev.promcdi.jaxrs.app.MetricsText;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** H1 through a MetricsResource the application registers itself, at a path of its own. */
class H1MetricsResourceTest {

    @Test
    void H1_anApplicationRegisteredMetricsResourceServesAndIsNotRecorded() throws Exception {
        try (Embedded shop = Embedded.start(new ExplicitEndpointShop(), "api")) {
            shop.get("users/1");
            HttpResponse<String> scrape = shop.get("prometheus");
            HttpResponse<String> head = shop.send("HEAD", "prometheus");

            assertEquals(200, scrape.statusCode());
            assertEquals(200, head.statusCode());
            assertTrue(head.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
            assertEquals("", head.body());
            MetricsText metrics = new MetricsText(shop.get("prometheus?format=text").body());
            assertEquals(1, metrics.requests("GET", "/api/users/{id}", 200));
            assertTrue(metrics.matching("UNMATCHED").isEmpty(), metrics.matching("UNMATCHED").toString());
            assertTrue(metrics.matching("prometheus").isEmpty());
        }
    }
}
