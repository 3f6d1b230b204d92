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

    @Test
    void H6_anApplicationRegisteredMetricsResourceSpeaksHttpToo() throws Exception {
        try (Embedded shop = Embedded.start(new ExplicitEndpointShop(), "api")) {
            HttpResponse<String> weighed = shop.get("prometheus",
                    "Accept", "text/plain;q=0.2, application/openmetrics-text;version=1.0.0;q=0.8");
            HttpResponse<byte[]> get = shop.getBytes("prometheus?name[]=jvm_threads_current");
            HttpResponse<String> head = shop.send("HEAD", "prometheus?name[]=jvm_threads_current");
            HttpResponse<String> post = shop.send("POST", "prometheus");
            HttpResponse<String> bad = shop.get("prometheus?debug=1");

            assertTrue(weighed.headers().firstValue("Content-Type").orElseThrow()
                    .startsWith("application/openmetrics-text"), "the heavier format");
            assertEquals("Accept, Accept-Encoding", weighed.headers().firstValue("Vary").orElseThrow());
            assertEquals("no-store", weighed.headers().firstValue("Cache-Control").orElseThrow());
            assertEquals(String.valueOf(get.body().length), head.headers().firstValue("Content-Length").orElseThrow());
            assertEquals(405, post.statusCode(), "the runtime answers other methods of a resource");
            assertTrue(post.headers().firstValue("Allow").orElseThrow().contains("GET"));
            assertEquals(400, bad.statusCode());
            assertTrue(bad.body().startsWith("Unknown debug format '1'"), bad.body());
        }
    }
}
