package dev.promcdi.tck;

import dev.promcdi.tck.containers.Container;
import dev.promcdi.tck.containers.Wars;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Used by JUnit through {@code @ExtendWith(Tck.class)}. */
    public Tck() {
        this.container = null;
    }

    private Tck(Container container) {
        this.container = container;
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
            Container container = Container.named(name, Wars.fromSystemProperties());
            try {
                container.start();
            } catch (Exception failed) {
                try {
                    container.close();
                } catch (Exception alsoFailed) {
                    failed.addSuppressed(alsoFailed);
                }
                throw new IllegalStateException("The " + name + " container did not start: " + failed.getMessage(), failed);
            }
            return new Running(new Tck(container));
        }

        @Override
        public void close() throws Exception {
            tck.container.close();
        }
    }

    /** The container under test. */
    public Container container() {
        return container;
    }

    /** Skips the calling test where the container has a known gap for it, saying why. */
    public void skipIfKnownGap(String test) {
        String gap = container.knownGap(test);
        if (gap != null) {
            org.junit.jupiter.api.Assumptions.abort("Known gap of the "
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

    /** Scrapes {@code /api/metrics} in the Prometheus text format. */
    public Exposition metrics() throws IOException, InterruptedException {
        HttpResponse<String> response = get("metrics");
        if (response.statusCode() != 200) {
            throw new AssertionError("GET /api/metrics answered " + response.statusCode() + ": " + response.body());
        }
        return new Exposition(response.body());
    }

    private static HttpRequest request(String method, URI uri, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder.build();
    }
}
