package dev.promcdi.jaxrs.mixed;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.promcdi.jaxrs.app.MetricsText;
import dev.promcdi.jaxrs.app.ShopServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * 1,000 mixed requests, eight at a time: successes, 404, 405, mapped and unmapped exceptions,
 * async success, failure and timeout, and clients that disconnect. Afterwards every active series
 * is 0 and every _count equals the requests of its route and status.
 */
class MixedTrafficTest extends ShopServer {

    /** A kind of request: its path, method, the series it must land in, and whether the client hangs up. */
    record Kind(String method, String path, String route, int status, boolean disconnect) {
    }

    static final List<Kind> KINDS = List.of(
            new Kind("GET", "users/5", "/api/users/{id}", 200, false),
            new Kind("POST", "users", "/api/users", 200, false),
            new Kind("GET", "shops/a/items/b", "/api/shops/{shop}/items/{item}", 200, false),
            new Kind("GET", "no/such/thing", "UNMATCHED", 404, false),
            new Kind("PUT", "users/5", "UNMATCHED", 405, false),
            new Kind("GET", "fail/mapped", "/api/fail/mapped", 409, false),
            new Kind("GET", "fail/unmapped", "/api/fail/unmapped", 500, false),
            new Kind("GET", "async/stage?ms=2", "/api/async/stage", 200, false),
            new Kind("GET", "async/stage-fails", "/api/async/stage-fails", 500, false),
            new Kind("GET", "async/suspended?ms=2", "/api/async/suspended", 200, false),
            new Kind("GET", "async/times-out", "/api/async/times-out", 503, false),
            new Kind("GET", "async/suspended?ms=30", "/api/async/suspended", 200, true));

    @Test
    void thousandMixedRequestsLeaveNoActiveRequestAndCountEachOnce() throws Exception {
        MetricsText before = metrics();
        Random random = new Random(42);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        HttpClient client = HttpClient.newBuilder().executor(threads).build();
        Map<Kind, Integer> sent = new HashMap<>();
        List<CompletableFuture<?>> batch = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            Kind kind = KINDS.get(random.nextInt(KINDS.size()));
            sent.merge(kind, 1, Integer::sum);
            batch.add(kind.disconnect() ? CompletableFuture.runAsync(() -> hangUp(kind)) : client.sendAsync(
                    HttpRequest.newBuilder(shop.uri(kind.path())).method(kind.method(), HttpRequest.BodyPublishers.noBody())
                            .build(), HttpResponse.BodyHandlers.discarding()));
            if (batch.size() == 8) {
                CompletableFuture.allOf(batch.toArray(CompletableFuture[]::new)).get();
                batch.clear();
            }
        }
        CompletableFuture.allOf(batch.toArray(CompletableFuture[]::new)).get();
        threads.shutdown();

        Map<String, Integer> expected = new HashMap<>();
        sent.forEach((kind, count) -> expected.merge(kind.method() + " " + kind.route() + " " + kind.status(), count, Integer::sum));
        await("every disconnected request ended").atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            MetricsText change = metrics().since(before);
            expected.forEach((series, count) -> assertEquals((double) count, count(change, series), series));
        });
        MetricsText after = metrics();
        for (Kind kind : KINDS) {
            assertEquals(0, after.active(kind.method(), kind.route()), kind.method() + " " + kind.route());
        }
    }

    private static double count(MetricsText change, String series) {
        String[] parts = series.split(" ");
        return change.requests(parts[0], parts[1], Integer.parseInt(parts[2]));
    }

    private static void hangUp(Kind kind) {
        URI uri = shop.uri(kind.path());
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), uri.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write((kind.method() + " " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
