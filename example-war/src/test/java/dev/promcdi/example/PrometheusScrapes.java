package dev.promcdi.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The shop on the embedded stack, scraped by a real Prometheus every second: once Prometheus
 * has scraped it, {@link ShopTraffic} is sent, and what Prometheus stored must match it exactly.
 * Prometheus evaluates the monitoring mixin's rules ({@code monitoring/prometheus/promcdi.rules.yml})
 * every second. Subclasses choose how Prometheus scrapes and how histograms are queried.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PrometheusScrapes {

    ExampleServer shop;
    Prometheus prometheus;

    /** Extra command line flags for Prometheus. */
    abstract String[] prometheusFlags();

    /** PromQL for the number of observations of a histogram, per series: {@code name{matchers}}. */
    abstract String countOf(String name, String matchers);

    /** PromQL for the 90th percentile of a histogram over the last minute, over all its series. */
    abstract String percentile90Of(String name);

    @BeforeAll
    void startShopAndPrometheus() throws Exception {
        Path binary = Prometheus.onPath("prometheus").orElse(null);
        if (binary == null) {
            Assumptions.abort("Skipped: prometheus is not on the PATH; install the Debian package prometheus "
                    + "to scrape the example with a real Prometheus.");
        }
        shop = ExampleServer.start("127.0.0.1", 0);
        prometheus = Prometheus.start(binary, shop.uri("metrics"),
                List.of(MonitoringRulesTest.RULES.resolve("promcdi.rules.yml")), prometheusFlags());
        JsonArray targets = prometheus.await(prometheus::activeTargets,
                answer -> !answer.isEmpty() && "up".equals(answer.getJsonObject(0).getString("health")));
        assertEquals("up", targets.isEmpty() ? "no target" : targets.getJsonObject(0).getString("health"),
                "the shop's health as Prometheus sees it: " + targets + "\n" + prometheus.log());
        ShopTraffic.send(shop);
    }

    @AfterAll
    void stopPrometheusAndShop() throws Exception {
        try {
            if (prometheus != null) {
                prometheus.close();
            }
        } finally {
            if (shop != null) {
                shop.close();
            }
        }
    }

    /** The recording rules of the mixin that this kind of scrape feeds. */
    abstract List<String> recordedSeries();

    @Test
    void M1_theMixinsRecordingRulesRecordTheShopsRequests() throws Exception {
        for (String recorded : recordedSeries()) {
            String selector = recorded + "{route=\"/api/orders/{orderId}/invoice\"}";
            JsonArray result = prometheus.await(() -> prometheus.query(selector), answer -> !answer.isEmpty());

            assertTrue(!result.isEmpty(), selector + " recorded nothing:\n" + prometheus.log());
        }
    }

    @Test
    void prometheusScrapesTheMetricsEndpointWithoutError() throws Exception {
        JsonArray targets = prometheus.activeTargets();

        assertEquals(1, targets.size(), "active targets: " + targets);
        JsonObject target = targets.getJsonObject(0);
        assertEquals("up", target.getString("health"), "health of " + target);
        assertEquals("", target.getString("lastError"), "last scrape error of " + target);
        assertEquals(shop.uri("metrics").toString(), target.getString("scrapeUrl"), "scrape URL");
    }

    @Test
    void everyRequestIsCountedOnceUnderItsRouteAndStatus() throws Exception {
        String query = "sum by (route, status) (" + countOf("http_server_request_duration_seconds", "") + ")";

        Map<String, Integer> stored = prometheus.await(() -> byRouteAndStatus(prometheus.query(query)),
                ShopTraffic.requestsByRouteAndStatus()::equals);

        assertEquals(ShopTraffic.requestsByRouteAndStatus(), stored, "requests per route and status in Prometheus");
    }

    @Test
    void theAnnotatedMethodsCountWhatTheShopDid() throws Exception {
        assertStored("shop_catalog_lookups_total", ShopTraffic.CATALOG_LOOKUPS);
        assertStored(countOf("shop_catalog_lookup_seconds", ""), ShopTraffic.CATALOG_LOOKUPS);
        assertStored("shop_catalog_misses_total", ShopTraffic.CATALOG_MISSES);
        assertStored("shop_invoices_total", ShopTraffic.INVOICES);
        assertStored("shop_invoice_failures_total", ShopTraffic.INVOICES);
        assertStored("shop_stock_checks_in_progress", 0);
    }

    @Test
    void theApplicationsOwnHistogramIsFilledPerBackend() throws Exception {
        assertStored(countOf("shop_backend_call_seconds", "backend=\"warehouse\""), ShopTraffic.WAREHOUSE_CALLS);
        assertStored(countOf("shop_backend_call_seconds", "backend=\"fulfilment\""), ShopTraffic.FULFILMENT_CALLS);
        assertStored(countOf("shop_backend_call_seconds", "backend=\"couriers\""), ShopTraffic.COURIER_CALLS);
    }

    @Test
    void theCatalogLookupLatencyHasA90thPercentile() throws Exception {
        String query = percentile90Of("shop_catalog_lookup_seconds");

        JsonArray result = prometheus.await(() -> prometheus.query(query), PrometheusScrapes::isOneFiniteNumber);

        assertTrue(isOneFiniteNumber(result), query + " should give one finite number once two scrapes "
                + "after the traffic are stored, but gave " + result);
    }

    /** Waits until {@code query} gives exactly one sample of {@code expected}, and asserts it does. */
    void assertStored(String query, double expected) throws Exception {
        JsonArray result = prometheus.await(() -> prometheus.query(query),
                answer -> answer.size() == 1 && value(answer.getJsonObject(0)) == expected);

        assertEquals(1, result.size(), query + " should give one sample, but gave " + result);
        assertEquals(expected, value(result.getJsonObject(0)), query);
    }

    private static boolean isOneFiniteNumber(JsonArray result) {
        return result.size() == 1 && Double.isFinite(value(result.getJsonObject(0)));
    }

    /** The value of a sample of an instant vector. */
    static double value(JsonObject sample) {
        return Double.parseDouble(sample.getJsonArray("value").getString(1));
    }

    private static Map<String, Integer> byRouteAndStatus(JsonArray result) {
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonValue sample : result) {
            JsonObject labels = sample.asJsonObject().getJsonObject("metric");
            counts.put(labels.getString("route") + " " + labels.getString("status"),
                    (int) value(sample.asJsonObject()));
        }
        return counts;
    }
}
