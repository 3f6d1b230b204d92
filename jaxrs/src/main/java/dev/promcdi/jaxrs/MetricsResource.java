package dev.promcdi.jaxrs;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

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

    /** Creates the resource; the JAX-RS runtime does. */
    public MetricsResource() {
    }

    /**
     * Serves a scrape.
     *
     * @param uri the request URI
     * @param headers the request headers
     * @param security the user the container authenticated, if any
     * @return the exposition, with an explicit {@code Content-Type}
     */
    @GET
    public Response scrape(@Context UriInfo uri, @Context HttpHeaders headers, @Context SecurityContext security) {
        return respond("GET", uri, headers, security);
    }

    /**
     * Answers like {@link #scrape} without the body.
     *
     * @param uri the request URI
     * @param headers the request headers
     * @param security the user the container authenticated, if any
     * @return the headers of the exposition
     */
    @HEAD
    public Response head(@Context UriInfo uri, @Context HttpHeaders headers, @Context SecurityContext security) {
        return respond("HEAD", uri, headers, security);
    }

    private Response respond(String method, UriInfo uri, HttpHeaders headers, SecurityContext security) {
        return Scraping.of().respond(method, uri, headers::getRequestHeader, security);
    }
}
