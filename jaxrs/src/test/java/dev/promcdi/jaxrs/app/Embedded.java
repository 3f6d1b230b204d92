package dev.promcdi.jaxrs.app;

import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.weld.environment.se.WeldContainer;

/** The application on RESTEasy and Weld through the JAX-RS SeBootstrap API, on loopback and a free port. */
public final class Embedded implements AutoCloseable {

    private final SeBootstrap.Instance instance;
    private final URI base;
    private final HttpClient client = HttpClient.newHttpClient();

    private Embedded(SeBootstrap.Instance instance, String applicationPath) {
        this.instance = instance;
        this.base = URI.create("http://127.0.0.1:" + instance.configuration().port() + "/" + applicationPath + "/");
    }

    public static Embedded start(Application application, String applicationPath) throws Exception {
        SeBootstrap.Configuration configuration = SeBootstrap.Configuration.builder().host("127.0.0.1")
                .port(SeBootstrap.Configuration.FREE_PORT).rootPath("/").build();
        try {
            return new Embedded(SeBootstrap.start(application, configuration).toCompletableFuture().get(60, TimeUnit.SECONDS),
                    applicationPath);
        } catch (ExecutionException failedStart) {
            // RESTEasy leaves its Weld container running when the application fails to deploy.
            WeldContainer weld = WeldContainer.instance("RESTEasy SE");
            if (weld != null && weld.isRunning()) {
                weld.shutdown();
            }
            throw failedStart;
        }
    }

    /** The URI of {@code path}, relative to the application path. */
    public URI uri(String path) {
        return base.resolve(path);
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return send("GET", path, headers);
    }

    public HttpResponse<String> send(String method, String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public java.util.concurrent.CompletableFuture<HttpResponse<String>> sendAsync(String path) {
        return client.sendAsync(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a request without a body and returns the raw answer. */
    public HttpResponse<byte[]> sendBytes(String method, String path, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<byte[]> getBytes(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Override
    public void close() throws ExecutionException, TimeoutException {
        try {
            instance.stop().toCompletableFuture().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
