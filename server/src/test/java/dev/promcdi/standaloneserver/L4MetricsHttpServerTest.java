package dev.promcdi.standaloneserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.discovery.ConsulAgent;
import dev.promcdi.endpoint.ScrapeAccess;
import dev.promcdi.server.MetricsHttpServer;
import dev.promcdi.testing.ConsulStandIn;
import dev.promcdi.testing.FreePort;
import dev.promcdi.testing.SelfSignedCertificate;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * L4: the standalone server binds address and port (0 = ephemeral), supports TLS, reports socket,
 * url, https and registration, and close() deregisters and stops it.
 */
class L4MetricsHttpServerTest {

    final PrometheusRegistry registry = new PrometheusRegistry();

    L4MetricsHttpServerTest() {
        Counter.builder().name("jobs_total").help("Jobs.").register(registry).inc(3);
    }

    @Test
    void L4_anEphemeralPortIsBoundAndReported() throws Exception {
        try (MetricsHttpServer server = MetricsHttpServer.builder().address("127.0.0.1").port(0).registry(registry).start()) {
            int port = server.socket().getPort();

            assertTrue(port > 0);
            assertEquals("127.0.0.1", server.socket().getAddress().getHostAddress());
            assertEquals("http://127.0.0.1:" + port + "/metrics", server.url());
            assertFalse(server.isHttps());
            assertFalse(server.isRegistered(), "no service discovery given");
            HttpResponse<String> response = get(HttpClient.newHttpClient(), server.url(), "text/plain");
            assertEquals(200, response.statusCode());
            assertTrue(response.body().contains("jobs_total 3.0"), response.body());
        }
    }

    @Test
    void L4_theFormatIsNegotiatedFromAccept() throws Exception {
        try (MetricsHttpServer server = MetricsHttpServer.builder().address("127.0.0.1").registry(registry).start()) {
            HttpResponse<String> response = get(HttpClient.newHttpClient(), server.url(),
                    "application/openmetrics-text; version=1.0.0; charset=utf-8");

            assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/openmetrics-text"));
            assertTrue(response.body().endsWith("# EOF\n"));
        }
    }

    @Test
    void L4_tlsServesHttpsWithTheGivenCertificate(@TempDir Path directory) throws Exception {
        SelfSignedCertificate certificate = SelfSignedCertificate.create(directory);
        try (MetricsHttpServer server = MetricsHttpServer.builder().address("127.0.0.1").registry(registry)
                .sslContext(certificate.serverContext()).start()) {

            assertTrue(server.isHttps());
            assertEquals("https://127.0.0.1:" + server.socket().getPort() + "/metrics", server.url());
            HttpClient trusting = HttpClient.newBuilder().sslContext(certificate.clientContext()).build();
            HttpResponse<String> response = get(trusting, server.url(), "text/plain");
            assertEquals(200, response.statusCode());
            assertTrue(response.body().contains("jobs_total 3.0"));
        }
    }

    @Test
    void L4_closeDeregistersFirstThenStopsAndIsIdempotent() throws Exception {
        try (ConsulStandIn consul = ConsulStandIn.start()) {
            MetricsHttpServer server = MetricsHttpServer.builder().address("127.0.0.1").registry(registry)
                    .serviceDiscovery(ConsulAgent.builder().agent(consul.uri()).name("jobs").build()).start();
            assertTrue(server.isRegistered());
            JsonObject service = consul.services().values().iterator().next();
            assertEquals(server.socket().getPort(), service.getInt("Port"));
            assertEquals(server.url(), service.getJsonObject("Check").getString("HTTP"));

            server.close();
            server.close();

            assertFalse(server.isRegistered());
            assertTrue(consul.services().isEmpty());
            assertThrows(ConnectException.class, () -> get(HttpClient.newHttpClient(), server.url(), "text/plain"));
        }
    }

    @Test
    void L4_aRequiredRegistrationThatFailsClosesTheServer() throws Exception {
        int port = FreePort.onLoopback();
        try (ConsulStandIn consul = ConsulStandIn.down()) {
            MetricsHttpServer.Builder builder = MetricsHttpServer.builder().address("127.0.0.1").port(port).registry(registry)
                    .serviceDiscovery(ConsulAgent.builder().agent(consul.uri()).required(true).build());

            assertThrows(IllegalStateException.class, builder::start);
        }
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(port, again.getLocalPort(), "the port was released");
        }
    }

    @Test
    void L4_aStartThatFailsAfterBindingReleasesThePortAndItsThreads() throws Exception {
        int port = FreePort.onLoopback();
        Counter.builder().name("promcdi_scrape_auth_failures").help("Taken by the application.").register(registry);
        MetricsHttpServer.Builder builder = MetricsHttpServer.builder().address("127.0.0.1").port(port).registry(registry)
                .access(ScrapeAccess.builder().bearerToken("t").build());

        assertThrows(IllegalArgumentException.class, builder::start, "the refusal counter's name is taken");
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(port, again.getLocalPort(), "the port was released");
        }
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(thread -> thread.getName()
                .startsWith("promcdi-metrics-http")), "no server thread left");
    }

    private static HttpResponse<String> get(HttpClient client, String url, String accept) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
