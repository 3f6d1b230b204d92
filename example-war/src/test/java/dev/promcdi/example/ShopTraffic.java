package dev.promcdi.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** A known mix of requests to the shop, and what the metrics must say about it afterwards. */
final class ShopTraffic {

    /** Requests answered per route and status, keyed {@code route status}. */
    static final Map<String, Integer> REQUESTS_BY_ROUTE_AND_STATUS = Map.of(
            "/api/products/{id} 200", 10,
            "/api/products/{id} 404", 2,
            "/api/products/{id}/stock 200", 3,
            "/api/products/{id}/delivery 200", 2,
            "/api/orders/{orderId} 200", 4,
            "/api/orders/{orderId}/items/{itemId} 200", 2,
            "/api/orders/{orderId}/items/{itemId} 404", 1,
            "/api/orders/{orderId}/invoice 500", 3,
            "UNMATCHED 404", 1);

    /** Catalog look-ups: every product, stock, delivery and item request looks one product up. */
    static final int CATALOG_LOOKUPS = 12 + 3 + 2 + 3;
    /** Look-ups of unknown products: two products and one item. */
    static final int CATALOG_MISSES = 3;
    /** Invoices asked for, each of which fails. */
    static final int INVOICES = 3;
    /** Stock checks, answered by the warehouse. */
    static final int WAREHOUSE_CALLS = 3;
    /** Delivery estimates, answered by the couriers with a Mutiny Uni. */
    static final int COURIER_CALLS = 2;
    /** Order status requests, answered by fulfilment. */
    static final int FULFILMENT_CALLS = 4;

    private ShopTraffic() {
    }

    /** Sends the requests, the asynchronous ones concurrently, and checks every answer's status. */
    static void send(ExampleServer shop) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int round = 0; round < 2; round++) {
            for (int id = 1; id <= 5; id++) {
                expect(client, shop, "products/" + id, 200);
            }
        }
        expect(client, shop, "products/99", 404);
        expect(client, shop, "products/tea", 404);
        expect(client, shop, "orders/o-1/items/2", 200);
        expect(client, shop, "orders/o-2/items/5", 200);
        expect(client, shop, "orders/o-1/items/77", 404);
        for (int order = 1; order <= 3; order++) {
            expect(client, shop, "orders/o-" + order + "/invoice", 500);
        }
        expect(client, shop, "no-such-page", 404);

        List<CompletableFuture<Void>> async = Stream.concat(
                Stream.concat(IntStream.rangeClosed(1, 3).mapToObj(id -> "products/" + id + "/stock"),
                        IntStream.rangeClosed(1, 2).mapToObj(id -> "products/" + id + "/delivery")),
                IntStream.rangeClosed(1, 4).mapToObj(order -> "orders/o-" + order))
                .map(path -> expectAsync(client, shop, path)).toList();
        async.forEach(CompletableFuture::join);
    }

    /** The expected requests as a sorted map, to compare with what Prometheus sums up. */
    static Map<String, Integer> requestsByRouteAndStatus() {
        return new TreeMap<>(REQUESTS_BY_ROUTE_AND_STATUS);
    }

    private static void expect(HttpClient client, ExampleServer shop, String path, int status)
            throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request(shop, path), HttpResponse.BodyHandlers.ofString());
        assertEquals(status, response.statusCode(), "status of GET /api/" + path + ": " + response.body());
    }

    private static CompletableFuture<Void> expectAsync(HttpClient client, ExampleServer shop, String path) {
        return client.sendAsync(request(shop, path), HttpResponse.BodyHandlers.ofString()).thenAccept(
                response -> assertEquals(200, response.statusCode(), "status of GET /api/" + path + ": " + response.body()));
    }

    private static HttpRequest request(ExampleServer shop, String path) {
        return HttpRequest.newBuilder(shop.uri(path)).timeout(Duration.ofSeconds(10)).build();
    }
}
