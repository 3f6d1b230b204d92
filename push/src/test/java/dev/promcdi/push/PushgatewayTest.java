package dev.promcdi.push;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.testing.FreePort;
import dev.promcdi.testing.Pushgateway;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Summary;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pusher against the real Pushgateway: push, push-add, delete, grouping keys, failures. */
class PushgatewayTest {

    Pushgateway gateway;
    final PrometheusRegistry registry = new PrometheusRegistry();

    @BeforeEach
    void start() throws IOException {
        gateway = Pushgateway.start();
    }

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    Pusher.Builder pusher(PrometheusRegistry from) {
        return Pusher.builder().gateway(gateway.uri()).job("nightly").registry(from);
    }

    @Test
    void pushReplacesTheGroupAndPushAddKeepsTheOtherMetrics() throws Exception {
        Counter.builder().name("imported_rows_total").help("Rows imported.").register(registry).inc(3);
        pusher(registry).build().push();
        assertTrue(gateway.metrics().contains("imported_rows_total{instance=\"\",job=\"nightly\"} 3"), gateway.metrics());

        PrometheusRegistry other = new PrometheusRegistry();
        Counter.builder().name("rejected_rows_total").help("Rows rejected.").register(other).inc(2);
        pusher(other).build().pushAdd();
        String both = gateway.metrics();
        assertTrue(both.contains("imported_rows_total{instance=\"\",job=\"nightly\"} 3"), both);
        assertTrue(both.contains("rejected_rows_total{instance=\"\",job=\"nightly\"} 2"), both);

        pusher(other).build().push();
        assertFalse(gateway.metrics().contains("imported_rows_total{"), "push replaces the whole group");
    }

    @Test
    void deleteRemovesTheGroup() throws Exception {
        Counter.builder().name("imported_rows_total").help("Rows imported.").register(registry).inc();
        Pusher pusher = pusher(registry).build();
        pusher.push();

        pusher.delete();

        assertFalse(gateway.metrics().contains("imported_rows_total{"));
    }

    @Test
    void groupingKeysMayHoldAnyCharacter() throws Exception {
        Counter.builder().name("imported_rows_total").help("Rows imported.").register(registry).inc();

        pusher(registry).groupingKey("shard", "eu/west 1+2").build().push();

        assertTrue(gateway.metrics().contains("shard=\"eu/west 1+2\""), gateway.metrics());
    }

    @Test
    void spacesInTheJobAndGroupingKeyArriveAsSpaces() throws Exception {
        Counter.builder().name("imported_rows_total").help("Rows imported.").register(registry).inc();

        Pusher.builder().gateway(gateway.uri()).job("nightly import").groupingKey("shard", "eu west").registry(registry)
                .build().push();

        String metrics = gateway.metrics();
        assertTrue(metrics.contains("job=\"nightly import\"") && metrics.contains("shard=\"eu west\""), metrics);
    }

    @Test
    void aGatewayBehindAPathPrefixIsReached() throws Exception {
        try (Pushgateway prefixed = Pushgateway.startUnder("/pushgateway")) {
            Counter.builder().name("imported_rows_total").help("Rows imported.").register(registry).inc();

            Pusher.builder().gateway(prefixed.uri()).job("nightly").registry(registry).build().push();

            assertTrue(prefixed.metrics().contains("imported_rows_total{instance=\"\",job=\"nightly\"} 1"),
                    prefixed.metrics());
        }
    }

    @Test
    void credentialsInTheUrlAreRefusedWithoutShowingThem() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Pusher.builder().gateway(URI.create("http://batch:s3cret@127.0.0.1:9091")));

        assertFalse(refused.getMessage().contains("s3cret"), refused.getMessage());
    }

    @Test
    void aRefusedPushNamesTheGatewayAndTheStatus() throws Exception {
        Summary.builder().name("conflict").help("A summary here.").register(registry).observe(1);
        pusher(registry).build().push();
        PrometheusRegistry inconsistent = new PrometheusRegistry();
        Gauge.builder().name("conflict").help("A gauge there.").register(inconsistent).set(1);

        IOException refused = assertThrows(IOException.class, () -> Pusher.builder().gateway(gateway.uri()).job("other")
                .registry(inconsistent).build().push());

        assertTrue(refused.getMessage().startsWith("Could not push to the Pushgateway at " + gateway.uri()), refused.getMessage());
        assertTrue(refused.getMessage().contains("400"), refused.getMessage());
    }

    @Test
    void basicAuthenticationThroughTheGatewaysWebConfig() throws Exception {
        try (Pushgateway guarded = Pushgateway.startWithBasicAuth()) {
            Counter.builder().name("imported_rows_total").help("Rows imported.").register(registry).inc();
            Pusher.Builder pusher = Pusher.builder().gateway(guarded.uri()).job("nightly").registry(registry);

            IOException refused = assertThrows(IOException.class, () -> pusher.build().push());
            assertTrue(refused.getMessage().contains("401"), refused.getMessage());

            pusher.basicAuth(Pushgateway.USER, Pushgateway.PASSWORD).build().push();
            assertTrue(guarded.metrics().contains("imported_rows_total{instance=\"\",job=\"nightly\"} 1"));
        }
    }

    @Test
    void aGatewayThatIsDownIsNamed() throws Exception {
        int port = FreePort.onLoopback();
        URI down = URI.create("http://127.0.0.1:" + port);

        IOException failed = assertThrows(IOException.class, () -> Pusher.builder().gateway(down).job("nightly")
                .registry(registry).timeout(Duration.ofMillis(500)).build().push());

        assertTrue(failed.getMessage().startsWith("Could not push to the Pushgateway at " + down), failed.getMessage());
    }
}
