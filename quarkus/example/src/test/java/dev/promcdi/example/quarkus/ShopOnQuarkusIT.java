package dev.promcdi.example.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example shop, built for Quarkus from the WAR's sources, run as the README's quick start
 * says: {@code java -jar quarkus-run.jar}, here on a port it chooses.
 */
class ShopOnQuarkusIT {

    private static final Pattern LISTENING = Pattern.compile("Listening on: http://127\\.0\\.0\\.1:(\\d+)");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static Process shop;
    private static Path log;
    private static URI api;

    @BeforeAll
    static void start() throws Exception {
        log = Files.createTempFile("shop-on-quarkus", ".log");
        shop = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=0", "-jar", System.getProperty("promcdi.example.jar"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Matcher listening = LISTENING.matcher("");
        while (!listening.reset(Files.readString(log)).find()) {
            if (!shop.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("The shop did not start on Quarkus:\n" + Files.readString(log));
            }
            Thread.sleep(100);
        }
        api = URI.create("http://127.0.0.1:" + listening.group(1) + "/api/");
    }

    @AfterAll
    static void stop() throws Exception {
        shop.destroy();
        assertTrue(shop.waitFor(30, TimeUnit.SECONDS), "the shop stops when asked");
        Files.deleteIfExists(log);
    }

    @Test
    void theShopsBindingsAndRoutesAreMeasuredOnQuarkus() throws Exception {
        for (String path : List.of("products/1", "products/1/delivery", "orders/7/items/3")) {
            assertEquals(200, get(path).statusCode(), path);
        }
        assertEquals(404, get("products/999").statusCode());

        String metrics = get("metrics").body();

        assertTrue(metrics.contains("shop_catalog_lookups_total 4.0"), metrics); // @Count
        assertTrue(metrics.contains("shop_catalog_misses_total 1.0"), metrics); // @CountExceptions
        assertTrue(metrics.contains("shop_backend_call_seconds_count{backend=\"couriers\"} 1"), metrics); // @Time on a Uni
        assertTrue(metrics.contains("http_server_request_duration_seconds_count{method=\"GET\","
                + "route=\"/api/orders/{orderId}/items/{itemId}\",status=\"200\"} 1"), metrics); // sub-resource route
        assertTrue(metrics.contains("http_server_request_duration_seconds_count{method=\"GET\","
                + "route=\"/api/products/{id}\",status=\"404\"} 1"), metrics);
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
