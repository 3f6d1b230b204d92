package dev.promcdi.example.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.quarkus.testing.RunningApplication;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example shop, built for Quarkus from the WAR's sources, run as the README's quick start
 * says: {@code java -jar quarkus-run.jar}, here on a port it chooses.
 */
class ShopOnQuarkusIT {

    @Test
    void theShopsBindingsAndRoutesAreMeasuredOnQuarkus() throws Exception {
        try (RunningApplication shop = RunningApplication.start(Path.of(System.getProperty("promcdi.example.jar")))) {
            for (String path : List.of("products/1", "products/1/delivery", "orders/7/items/3")) {
                assertEquals(200, shop.get(path).statusCode(), path);
            }
            assertEquals(404, shop.get("products/999").statusCode());

            String metrics = shop.get("metrics").body();

            assertTrue(metrics.contains("shop_catalog_lookups_total 4.0"), metrics); // @Count
            assertTrue(metrics.contains("shop_catalog_misses_total 1.0"), metrics); // @CountExceptions
            assertTrue(metrics.contains("shop_backend_call_seconds_count{backend=\"couriers\"} 1"), metrics); // @Time on a Uni
            assertTrue(metrics.contains("http_server_request_duration_seconds_count{method=\"GET\","
                    + "route=\"/api/orders/{orderId}/items/{itemId}\",status=\"200\"} 1"), metrics); // sub-resource route
            assertTrue(metrics.contains("http_server_request_duration_seconds_count{method=\"GET\","
                    + "route=\"/api/products/{id}\",status=\"404\"} 1"), metrics);
        }
    }
}
