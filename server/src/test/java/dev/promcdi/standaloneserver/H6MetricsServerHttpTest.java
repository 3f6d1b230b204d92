package dev.promcdi.standaloneserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.server.MetricsHttpServer;
import dev.promcdi.testing.MetricsHttpSpecification;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * H6 on the standalone {@link MetricsHttpServer}: what every metrics endpoint answers, plus what
 * only this server has: a query that is not valid percent-encoding, paths other than the metrics
 * path, and its health check.
 */
class H6MetricsServerHttpTest extends MetricsHttpSpecification {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    static MetricsHttpServer server;

    @BeforeAll
    static void start() throws Exception {
        PrometheusRegistry registry = new PrometheusRegistry();
        Counter.builder().name("jobs_total").help("Jobs.").register(registry).inc(3);
        Counter.builder().name("batches_total").help("Batches.").register(registry).inc();
        server = MetricsHttpServer.builder().address("127.0.0.1").registry(registry).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Override
    protected HttpResponse<byte[]> send(String method, String query, String... headers) throws Exception {
        return request(method, server.url() + query, headers);
    }

    @Override
    protected String stableMetric() {
        return "jobs_total";
    }

    @Test
    void H6_aQueryThatIsNotPercentEncodingIs400() throws Exception { // from the JDK's server, which refuses it before promcdi
        String response = raw("GET /metrics?name[]=%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertTrue(response.startsWith("HTTP/1.1 400 "), response);
    }

    @Test
    void H6_nameFiltersSelectTheSeries() throws Exception {
        String body = text(send("GET", "?name[]=jobs_total"));

        assertTrue(body.contains("jobs_total 3.0"), body);
        assertTrue(!body.contains("batches_total"), body);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/metricsx", "/metrics/more", "/index.html"})
    void H6_otherPathsAre404NamingTheMetricsPath(String path) throws Exception {
        HttpResponse<byte[]> response = request("GET", base() + path);

        assertEquals(404, response.statusCode());
        assertEquals("Nothing at " + path + "; metrics are at /metrics.\n", text(response));
    }

    @Test
    void H6_theHealthCheckAnswers200() throws Exception {
        HttpResponse<byte[]> response = request("GET", base() + "/-/healthy");

        assertEquals(200, response.statusCode());
        assertEquals("Exporter is healthy.\n", text(response));
    }

    private static String base() {
        return "http://127.0.0.1:" + server.socket().getPort();
    }

    /** What the server answers to a request written byte by byte, which HttpClient would refuse to send. */
    private static String raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.socket().getPort())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static HttpResponse<byte[]> request(String method, String uri, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
