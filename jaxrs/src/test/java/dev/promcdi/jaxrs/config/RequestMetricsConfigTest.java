package dev.promcdi.jaxrs.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.jaxrs.app.Embedded;
import dev.promcdi.jaxrs.app.MetricsText;
import dev.promcdi.jaxrs.app.Shop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The promcdi.http.* and promcdi.metrics.* settings, read when the application starts. */
class RequestMetricsConfigTest {

    @AfterEach
    void clear() {
        for (String key : new String[] {"promcdi.http.max-routes", "promcdi.http.excluded-routes", "promcdi.http.buckets",
                "promcdi.metrics.path", "promcdi.metrics.format", "promcdi.jvm-metrics.enabled"}) {
            System.clearProperty(key);
        }
    }

    @Test
    void routesPastTheLimitFoldIntoOneOverflowRoute() throws Exception {
        System.setProperty("promcdi.http.max-routes", "3");
        try (Embedded shop = Embedded.start(new Shop(), "api")) {
            shop.get("users/1");
            shop.get("fail/mapped");
            shop.get("async/stage?ms=1");

            MetricsText metrics = new MetricsText(shop.get("metrics").body());
            assertFalse(metrics.matching("route=\"OVERFLOW\"").isEmpty(), "some routes folded");
            long routes = metrics.matching("http_server_active_requests{").keySet().stream()
                    .filter(series -> !series.contains("\"OVERFLOW\"") && !series.contains("\"UNMATCHED\"")).count();
            assertEquals(3, routes, "as many (method, route) pairs as the limit, the rest in OVERFLOW: "
                    + metrics.matching("http_server_active_requests{").keySet());
        }
    }

    @Test
    void excludedRoutesAreNotRecordedAndNotCountedAsUnmatched() throws Exception {
        System.setProperty("promcdi.http.excluded-routes", "/api/users/{id}, /api/fail/mapped");
        try (Embedded shop = Embedded.start(new Shop(), "api")) {
            shop.get("users/1");
            shop.get("fail/mapped");

            MetricsText metrics = new MetricsText(shop.get("metrics").body());
            assertTrue(metrics.matching("/api/users/{id}\"").isEmpty());
            assertTrue(metrics.matching("/api/fail/mapped\"").isEmpty());
            assertTrue(metrics.matching("route=\"UNMATCHED\"").isEmpty(), metrics.matching("UNMATCHED").toString());
        }
    }

    @Test
    void bucketsAreConfigurable() throws Exception {
        System.setProperty("promcdi.http.buckets", "0.5, 2");
        try (Embedded shop = Embedded.start(new Shop(), "api")) {
            shop.get("users/1");

            MetricsText metrics = new MetricsText(shop.get("metrics").body());
            assertEquals(3, metrics.matching("http_server_request_duration_seconds_bucket{method=\"GET\",route=\"/api/users/{id}\"").size());
        }
    }

    @Test
    void theMetricsPathAndDefaultFormatAreConfigurable() throws Exception {
        System.setProperty("promcdi.metrics.path", "/internal/prometheus");
        System.setProperty("promcdi.metrics.format", "openmetrics");
        try (Embedded shop = Embedded.start(new Shop(), "api")) {
            assertEquals(404, shop.get("metrics").statusCode());
            assertTrue(shop.get("internal/prometheus").body().endsWith("# EOF\n"));
        }
    }

    @Test
    void invalidValuesOfThisModuleAndTheCoreFailTheStartInOneReportNamingEachKey() {
        System.setProperty("promcdi.http.max-routes", "lots");
        System.setProperty("promcdi.metrics.format", "xml");
        System.setProperty("promcdi.jvm-metrics.enabled", "yes");

        Exception failure = assertThrows(Exception.class, () -> Embedded.start(new Shop(), "api").close());

        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        for (String expected : new String[] {"promcdi found 3 problems in this deployment",
                "Invalid value 'lots' for configuration key promcdi.http.max-routes: expected a whole number above 0.",
                "Invalid value 'xml' for configuration key promcdi.metrics.format: expected negotiate or text or "
                        + "openmetrics or protobuf.",
                "Invalid value 'yes' for configuration key promcdi.jvm-metrics.enabled: expected true or false."}) {
            assertTrue(messages.toString().contains(expected), expected + " in\n" + messages);
        }
    }
}
