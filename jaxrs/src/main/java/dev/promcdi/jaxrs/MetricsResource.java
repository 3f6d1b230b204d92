package dev.promcdi.jaxrs;

import dev.promcdi.internal.Config;
import dev.promcdi.internal.Deployment;
import io.prometheus.metrics.exporter.common.PrometheusScrapeHandler;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;

/**
 * {@code GET /metrics} (and {@code HEAD}), relative to the application path: the registry in
 * Prometheus text by default, OpenMetrics or protobuf by {@code Accept}, gzip by
 * {@code Accept-Encoding}, filtered by {@code name[]}. A scraper that cannot send {@code Accept}
 * adds {@code ?format=text|openmetrics|protobuf}, or the application sets
 * {@code promcdi.metrics.format}.
 *
 * <p>{@link PrometheusFeature} serves this path by itself; register this class (or a subclass
 * with another {@code @Path}) only to serve metrics elsewhere.
 */
@Path("metrics")
public class MetricsResource {

    private volatile PrometheusScrapeHandler handler;
    private volatile String configuredAccept;

    /** Creates the resource; the JAX-RS runtime does. */
    public MetricsResource() {
    }

    /**
     * Serves a scrape.
     *
     * @param uri the request URI
     * @param headers the request headers
     * @return the exposition, with an explicit {@code Content-Type}
     */
    @GET
    public Response scrape(@Context UriInfo uri, @Context HttpHeaders headers) {
        return respond("GET", uri, headers);
    }

    /**
     * Answers like {@link #scrape} without the body.
     *
     * @param uri the request URI
     * @param headers the request headers
     * @return the headers of the exposition
     */
    @HEAD
    public Response head(@Context UriInfo uri, @Context HttpHeaders headers) {
        return respond("HEAD", uri, headers);
    }

    private Response respond(String method, UriInfo uri, HttpHeaders headers) {
        return respond(method, uri, headers::getRequestHeader);
    }

    /** The scrape response; the registry and configuration are read on the first scrape. */
    Response respond(String method, UriInfo uri, Function<String, List<String>> headers) {
        if (handler == null) {
            configuredAccept = configuredAccept(Config.load());
            handler = ScrapeExchange.handler(Deployment.registry());
        }
        return ScrapeExchange.respond(handler, method, uri, headers, accept(uri, configuredAccept));
    }

    /** The Accept header a {@code format} parameter or the configuration imposes, or null. */
    static String accept(UriInfo uri, String configured) {
        String requested = uri.getQueryParameters().getFirst(ExpositionFormat.QUERY_PARAMETER);
        if (requested == null) {
            return configured;
        }
        return ExpositionFormat.named(requested).map(format -> format.accept).orElseThrow(() -> new BadRequestException(
                "Unknown format '" + requested + "'; use text, openmetrics or protobuf."));
    }

    /** The Accept header {@code promcdi.metrics.format} imposes, or null to negotiate. */
    static String configuredAccept(Config config) {
        String format = config.oneOf(ExpositionFormat.CONFIG_KEY, "negotiate", "negotiate", "text", "openmetrics", "protobuf");
        return ExpositionFormat.named(format).map(named -> named.accept).orElse(null);
    }
}
