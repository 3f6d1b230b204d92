package dev.promcdi.tck;

import dev.promcdi.tck.app.ScraperAuthentication;
import dev.promcdi.tck.containers.Container;
import dev.promcdi.testing.ConsulStandIn;
import dev.promcdi.tck.containers.Wars;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The deployed contract application, as the tests see it: a JUnit extension that starts the
 * container named by {@code promcdi.tck.container} once per test run, stops it at the end, and
 * hands tests this object to talk to it over HTTP.
 */
public final class Tck implements ParameterResolver {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final Container container;
    private final ConsulStandIn consul;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Used by JUnit through {@code @ExtendWith(Tck.class)}. */
    public Tck() {
        this(null, null);
    }

    private Tck(Container container, ConsulStandIn consul) {
        this.container = container;
        this.consul = consul;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Tck.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(Tck.class))
                .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class).tck;
    }

    /** The started container, closed by JUnit when the whole run ends. */
    private record Running(Tck tck) implements ExtensionContext.Store.CloseableResource {

        static Running start() {
            String name = System.getProperty("promcdi.tck.container", "embedded");
            ConsulStandIn consul;
            try {
                consul = ConsulStandIn.start();
            } catch (IOException failed) {
                throw new UncheckedIOException("The Consul stand-in did not start.", failed);
            }
            Container container = Container.named(name, Wars.fromSystemProperties().withSystemProperties(discovery(consul)));
            try {
                container.start();
            } catch (Exception failed) {
                try {
                    container.close();
                } catch (Exception alsoFailed) {
                    failed.addSuppressed(alsoFailed);
                }
                consul.close();
                throw new IllegalStateException("The " + name + " container did not start: " + failed.getMessage(), failed);
            }
            return new Running(new Tck(container, consul));
        }

        /**
         * The configuration that makes the application start its metrics server and register it
         * with Consul (L1), and lets only its scraper's role read {@code /api/metrics} (S1).
         */
        private static Map<String, String> discovery(ConsulStandIn consul) {
            return Map.of("promcdi.server.port", "0", "promcdi.server.address", "127.0.0.1",
                    "promcdi.consul.enabled", "true", "promcdi.consul.agent-url", consul.uri().toString(),
                    "promcdi.consul.service-name", SERVICE_NAME, "promcdi.consul.address", "127.0.0.1",
                    "promcdi.metrics.auth.role", ScraperAuthentication.ROLE);
        }

        /** Stops the container; L1: its stop must have undone the registration. */
        @Override
        public void close() throws Exception {
            try {
                tck.container.close();
                if (!tck.consul.services().isEmpty()) {
                    throw new AssertionError("L1: the container stopped, but Consul still holds "
                            + tck.consul.services().keySet() + "; the application must deregister at shutdown.");
                }
            } finally {
                tck.consul.close();
            }
        }
    }

    /** The Consul service name the contract application registers its metrics server under. */
    public static final String SERVICE_NAME = "tck";

    /** The Consul agent stand-in the contract application registers with. */
    public ConsulStandIn consul() {
        return consul;
    }

    /** The container under test. */
    public Container container() {
        return container;
    }

    /** Skips the calling test where the container has a known gap for it, saying why. */
    public void skipIfKnownGap(String test) {
        String gap = container.knownGap(test);
        if (gap != null) {
            Assumptions.abort("Known gap of the "
                    + System.getProperty("promcdi.tck.container", "embedded") + " container: " + gap);
        }
    }

    /** The URI of {@code path} relative to the contract application's resources. */
    public URI uri(String path) {
        return container.api().resolve(path);
    }

    /** Sends a GET to {@code path} with the given header name/value pairs. */
    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return send("GET", path, headers);
    }

    /** Sends a POST without a body to {@code path}. */
    public HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return send("POST", path);
    }

    /** Sends a request without a body. */
    public HttpResponse<String> send(String method, String path, String... headers) throws IOException, InterruptedException {
        return client.send(request(method, uri(path), headers), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a GET and returns the raw body, for binary and compressed answers. */
    public HttpResponse<byte[]> getBytes(String path, String... headers) throws IOException, InterruptedException {
        return client.send(request("GET", uri(path), headers), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Sends a request to an absolute URI; a refused connection is an answer of 0. */
    public int status(URI uri) throws InterruptedException {
        try {
            return client.send(request("GET", uri), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException refused) {
            return 0;
        }
    }

    /**
     * Sends a request written byte by byte, for what {@link HttpClient} refuses to send (an
     * invalid percent-encoding), and returns the raw answer.
     */
    public String raw(String method, String path) throws IOException {
        URI uri = uri("x");
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout((int) REQUEST_TIMEOUT.toMillis());
            String target = uri.getRawPath().substring(0, uri.getRawPath().length() - 1) + path;
            socket.getOutputStream().write((method + " " + target + " HTTP/1.1\r\nHost: " + uri.getHost() + ":"
                    + uri.getPort() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** Scrapes {@code /api/metrics} in the Prometheus text format. */
    public Exposition metrics() throws IOException, InterruptedException {
        HttpResponse<String> response = get("metrics");
        if (response.statusCode() != 200) {
            throw new AssertionError("GET /api/metrics answered " + response.statusCode() + ": " + response.body());
        }
        return new Exposition(response.body());
    }

    /** A request; one to the protected metrics endpoint is sent as the scraper, as Prometheus would. */
    private static HttpRequest request(String method, URI uri, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            builder.headers(headers);
        }
        if (uri.getPath().matches(".*/api/metrics/?(;.*)?")) {
            builder.header("Authorization", ScraperAuthentication.basic(ScraperAuthentication.SCRAPER));
        }
        return builder.build();
    }
}
