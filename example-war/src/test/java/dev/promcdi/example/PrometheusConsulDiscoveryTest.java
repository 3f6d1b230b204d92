package dev.promcdi.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.testing.ConsulStandIn;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Service discovery end to end: the shop starts its own metrics server and registers it with a
 * Consul agent (the strict stand-in, which also answers the catalog and health reads), a real
 * Prometheus finds it through {@code consul_sd_configs} and scrapes it, and drops it once the
 * shop stopped and deregistered.
 */
class PrometheusConsulDiscoveryTest {

    private static final Map<String, String> DISCOVERY = Map.of("promcdi.server.port", "0",
            "promcdi.server.address", "127.0.0.1", "promcdi.consul.enabled", "true",
            "promcdi.consul.service-name", "shop", "promcdi.consul.address", "127.0.0.1");

    private ConsulStandIn consul;
    private ExampleServer shop;
    private Prometheus prometheus;

    @Test
    void L1_prometheusDiscoversTheRegisteredShopScrapesItAndDropsItAfterShutdown() throws Exception {
        Path binary = Prometheus.onPath("prometheus").orElse(null);
        if (binary == null) {
            Assumptions.abort("Skipped: prometheus is not on the PATH; install the Debian package prometheus.");
        }
        consul = ConsulStandIn.start();
        DISCOVERY.forEach(System::setProperty);
        System.setProperty("promcdi.consul.agent-url", consul.uri().toString());
        shop = ExampleServer.start("127.0.0.1", 0);
        JsonObject registered = consul.services().values().iterator().next();
        String scrapeUrl = "http://127.0.0.1:" + registered.getInt("Port") + "/metrics";
        try {
            prometheus = Prometheus.discovering(binary, consul.uri(), "shop");
        } catch (IllegalStateException refused) {
            if (refused.getMessage().contains("field consul_sd_configs not found")) {
                Assumptions.abort("Skipped: this prometheus binary is built without Consul service discovery (Debian's"
                        + " prometheus 2.42 package leaves consul_sd_configs out); an upstream build runs this test.");
            }
            throw refused;
        }

        JsonArray targets = prometheus.await(prometheus::activeTargets,
                found -> found.size() == 1 && "up".equals(found.getJsonObject(0).getString("health")));
        assertEquals(1, targets.size(), "one target discovered: " + targets + "\n" + prometheus.log());
        JsonObject target = targets.getJsonObject(0);
        assertEquals("up", target.getString("health"), target.toString());
        assertEquals(scrapeUrl, target.getString("scrapeUrl"), "the path and scheme come from the registration's Meta");
        assertEquals(registered.getString("ID"), target.getJsonObject("discoveredLabels").getString("__meta_consul_service_id"));
        JsonArray scraped = prometheus.await(() -> prometheus.query("shop_catalog_lookups_total{job=\"shop\"}"),
                result -> result.size() == 1);
        assertEquals(1, scraped.size(), "the shop's metrics were stored under the discovered job: " + scraped);

        shop.close();
        shop = null;
        JsonArray afterShutdown = prometheus.await(prometheus::activeTargets, JsonArray::isEmpty);
        assertTrue(afterShutdown.isEmpty(), "the deregistered shop is no longer a target: " + afterShutdown);
    }

    @AfterEach
    void stop() throws Exception {
        try {
            if (shop != null) {
                shop.close();
            }
            if (prometheus != null) {
                prometheus.close();
            }
        } finally {
            if (consul != null) {
                consul.close();
            }
            DISCOVERY.keySet().forEach(System::clearProperty);
            System.clearProperty("promcdi.consul.agent-url");
        }
    }
}
