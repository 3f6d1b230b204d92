package dev.promcdi.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.promcdi.endpoint.ScrapeResponder;
import dev.promcdi.endpoint.ScrapeResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The standalone server's paths: {@value MetricsHttpServer#PATH} answered by promcdi's
 * {@link ScrapeResponder}, {@value MetricsHttpServer#HEALTH_PATH} (open to all) for health checks, and a 404 with a pointer to the
 * metrics for anything else.
 */
final class MetricsHandler implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(MetricsHandler.class.getName());

    private final ScrapeResponder responder;

    MetricsHandler(ScrapeResponder responder) {
        this.responder = responder;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals(MetricsHttpServer.PATH) || path.equals(MetricsHttpServer.PATH + "/")) {
                send(exchange, scrape(exchange));
            } else if (path.equals(MetricsHttpServer.HEALTH_PATH)) {
                send(exchange, text(200, "Exporter is healthy.\n"));
            } else {
                send(exchange, text(404, "Nothing at " + path + "; metrics are at " + MetricsHttpServer.PATH + ".\n"));
            }
        }
    }

    private ScrapeResponse scrape(HttpExchange exchange) {
        try {
            return responder.respond(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders()::get);
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "A scrape of the standalone metrics server failed.", failure);
            return text(500, "The scrape failed: " + failure + "\n");
        }
    }

    private static ScrapeResponse text(int status, String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        return new ScrapeResponse(status, Map.of("Content-Type", "text/plain; charset=utf-8",
                ScrapeResponse.CONTENT_LENGTH, Integer.toString(body.length)), body);
    }

    private static void send(HttpExchange exchange, ScrapeResponse response) throws IOException {
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        boolean head = exchange.getRequestMethod().equals("HEAD");
        // -1: no body, with the Content-Length set above (RFC 9110 8.6 for HEAD)
        exchange.sendResponseHeaders(response.status(), head || response.body().length == 0 ? -1 : response.body().length);
        if (!head) {
            exchange.getResponseBody().write(response.body());
        }
    }
}
