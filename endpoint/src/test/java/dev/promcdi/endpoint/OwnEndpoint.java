package dev.promcdi.endpoint;

import com.sun.net.httpserver.HttpServer;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * An endpoint of one's own on the JDK's HTTP server, as the README says one can write it with
 * {@link ScrapeResponder}: the module's own tests run the HTTP specifications against it.
 */
final class OwnEndpoint implements AutoCloseable {

    private final HttpServer server;
    private final ScrapeResponder responder;
    private final HttpClient client = HttpClient.newHttpClient();

    OwnEndpoint(ScrapeAccess access) throws IOException {
        PrometheusRegistry registry = new PrometheusRegistry();
        Counter.builder().name("jobs_total").help("Jobs.").register(registry).inc(3);
        responder = new ScrapeResponder(registry, null, access);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/metrics", exchange -> {
            try (exchange) {
                ScrapeResponse response = responder.respond(exchange.getRequestMethod(),
                        exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(),
                        exchange.getRequestHeaders()::get);
                response.headers().forEach(exchange.getResponseHeaders()::set);
                boolean head = exchange.getRequestMethod().equals("HEAD");
                exchange.sendResponseHeaders(response.status(), head || response.body().length == 0 ? -1 : response.body().length);
                if (!head) {
                    exchange.getResponseBody().write(response.body());
                }
            }
        });
        server.start();
    }

    HttpResponse<byte[]> send(String method, String query, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + server.getAddress().getPort() + "/metrics" + query)).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Override
    public void close() {
        server.stop(0);
        responder.close();
    }
}
