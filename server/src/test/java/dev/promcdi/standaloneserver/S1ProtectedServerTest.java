package dev.promcdi.standaloneserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.endpoint.ScrapeAccess;
import dev.promcdi.server.MetricsHttpServer;
import dev.promcdi.testing.MetricsAccessSpecification;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * S1 on the standalone {@link MetricsHttpServer} protected through its API: what every protected
 * endpoint answers, its health check open to all, and no refusal counter left after close.
 */
class S1ProtectedServerTest extends MetricsAccessSpecification {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final PrometheusRegistry REGISTRY = new PrometheusRegistry();

    static MetricsHttpServer server;

    @BeforeAll
    static void start() throws Exception {
        Counter.builder().name("jobs_total").help("Jobs.").register(REGISTRY).inc(3);
        server = MetricsHttpServer.builder().address("127.0.0.1").registry(REGISTRY)
                .access(ScrapeAccess.builder().basic(USER, PASSWORD_HASH).bearerToken(TOKEN).build()).start();
    }

    @AfterAll
    static void stop() {
        server.close();
        assertTrue(REGISTRY.scrape().stream().noneMatch(family -> family.getMetadata().getName()
                .startsWith("promcdi_scrape_auth_failures")), "the refusal counter is unregistered with the server");
    }

    @Override
    protected HttpResponse<byte[]> send(String method, String... headers) throws Exception {
        return request(method, server.url(), headers);
    }

    @Override
    protected String servedMetric() {
        return "jobs_total 3.0";
    }

    @Test
    void S1_theHealthCheckNeedsNoCredential() throws Exception {
        HttpResponse<byte[]> response = request("GET", server.endpoint().urlOf(MetricsHttpServer.HEALTH_PATH));

        assertEquals(200, response.statusCode());
    }

    @Test
    void S1_accessByRoleIsRefusedWhereNoContainerAuthenticates() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> MetricsHttpServer.builder().access(ScrapeAccess.builder().role("metrics").build()));

        assertTrue(refused.getMessage().contains("Use basic or bearer credentials"), refused.getMessage());
    }

    private static HttpResponse<byte[]> request(String method, String uri, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
