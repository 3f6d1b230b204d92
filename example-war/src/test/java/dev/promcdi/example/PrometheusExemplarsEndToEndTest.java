package dev.promcdi.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.testing.TraceContext;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * C11 end to end: the shop behind a server that makes each request's {@code traceparent}
 * current, scraped in OpenMetrics by a real Prometheus that stores exemplars. The trace of a
 * request the test sent comes back from Prometheus' {@code /api/v1/query_exemplars}, for a
 * synchronous resource and for one answered by a Mutiny {@code Uni} on another thread.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrometheusExemplarsEndToEndTest {

    private static final String SYNC_TRACE = "0af7651916cd43dd8448eb211c80319c";
    private static final String ASYNC_TRACE = "1af7651916cd43dd8448eb211c80319c";

    ExampleServer shop;
    Prometheus prometheus;

    /** The shop, with the filters a tracing instrumentation would add. */
    static final class TracedShop extends ShopApplication {
        @Override
        public Set<Class<?>> getClasses() {
            Set<Class<?>> classes = new HashSet<>(super.getClasses());
            classes.addAll(List.of(TraceContext.Enter.class, TraceContext.Leave.class));
            return classes;
        }
    }

    @BeforeAll
    void startShopAndPrometheus() throws Exception {
        Path binary = Prometheus.onPath("prometheus").orElse(null);
        if (binary == null) {
            Assumptions.abort("Skipped: prometheus is not on the PATH; install the Debian package prometheus "
                    + "to read exemplars back from a real Prometheus.");
        }
        shop = ExampleServer.start("127.0.0.1", 0, new TracedShop());
        prometheus = Prometheus.start(binary, shop.uri("metrics"), "--enable-feature=exemplar-storage");
        JsonArray targets = prometheus.await(prometheus::activeTargets,
                answer -> !answer.isEmpty() && "up".equals(answer.getJsonObject(0).getString("health")));
        assertEquals("up", targets.isEmpty() ? "no target" : targets.getJsonObject(0).getString("health"),
                "the shop's health as Prometheus sees it: " + targets + "\n" + prometheus.log());
        HttpClient client = HttpClient.newHttpClient();
        for (String[] request : List.of(new String[] {"products/1", SYNC_TRACE},
                new String[] {"products/2/delivery", ASYNC_TRACE})) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(shop.uri(request[0]))
                    .header("traceparent", "00-" + request[1] + "-b7ad6b7169203331-01").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
        }
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

    @Test
    void C11_prometheusStoresTheTraceOfASynchronousRequest() throws Exception {
        assertTraceStored("/api/products/{id}", SYNC_TRACE);
    }

    @Test
    void C11_prometheusStoresTheTraceOfARequestAnsweredOnAnotherThread() throws Exception {
        assertTraceStored("/api/products/{id}/delivery", ASYNC_TRACE);
    }

    private void assertTraceStored(String route, String traceId) throws Exception {
        String selector = "http_server_request_duration_seconds_bucket{route=\"" + route + "\"}";
        List<String> traces = prometheus.await(() -> traceIds(prometheus.exemplars(selector)),
                stored -> stored.contains(traceId));

        assertTrue(traces.contains(traceId), "trace ids of the exemplars of " + selector + ": " + traces
                + "\n" + prometheus.log());
    }

    /** The trace ids of every exemplar of every series in a {@code query_exemplars} answer. */
    private static List<String> traceIds(JsonArray series) {
        return series.getValuesAs(JsonObject.class).stream()
                .flatMap(one -> one.getJsonArray("exemplars").getValuesAs(JsonObject.class).stream())
                .map(exemplar -> exemplar.getJsonObject("labels"))
                .filter(labels -> labels.get("trace_id") != null && labels.get("trace_id") != JsonValue.NULL)
                .map(labels -> labels.getString("trace_id")).toList();
    }
}
