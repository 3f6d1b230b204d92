package dev.promcdi.jaxrs;

import dev.promcdi.jaxrs.internal.JaxrsSettings;
import dev.promcdi.spi.Deployment;
import io.prometheus.metrics.exporter.common.PrometheusScrapeHandler;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * How this deployment answers scrapes: the format from {@code ?format=}, else
 * {@code promcdi.metrics.format}, else negotiated ({@link Negotiation}); then the client's scrape
 * handler on the deployment's registry writes it. Bad input gets a 4xx with a text/plain reason,
 * and every answer says {@code Vary: Accept, Accept-Encoding} and {@code Cache-Control: no-store}.
 * One per deployment.
 */
final class Scraping {

    /** The values of {@code ?debug=} the client's handler serves: a readable form of a format. */
    private static final Set<String> DEBUG_FORMATS = Set.of("openmetrics", "text", "prometheus-protobuf");

    private final PrometheusScrapeHandler handler;
    private final ExpositionFormat configured;

    private Scraping(PrometheusScrapeHandler handler, ExpositionFormat configured) {
        this.handler = handler;
        this.configured = configured;
    }

    /**
     * The deployment's scraping, made on first use.
     *
     * @throws IllegalStateException naming every invalid {@code promcdi.metrics.*} or {@code promcdi.http.*}
     *     key, when no CDI deployment's validation reported them before
     */
    static Scraping of() {
        Deployment deployment = Deployment.current();
        return deployment.shared(Scraping.class, () -> new Scraping(new PrometheusScrapeHandler(deployment.registry()),
                ExpositionFormat.named(JaxrsSettings.load().format()).orElse(null)));
    }

    /** The answer to a scrape, or to a request the endpoint cannot serve. */
    Response respond(String method, UriInfo uri, Function<String, List<String>> headers) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        String debug = query.getFirst("debug");
        if (debug != null && !DEBUG_FORMATS.contains(debug)) {
            return refuse(Response.Status.BAD_REQUEST, "Unknown debug format '" + debug
                    + "'; use ?debug=text, ?debug=openmetrics or ?debug=prometheus-protobuf.");
        }
        String requested = query.getFirst(ExpositionFormat.QUERY_PARAMETER);
        ExpositionFormat format;
        if (requested != null) {
            format = ExpositionFormat.named(requested).orElse(null);
            if (format == null) {
                return refuse(Response.Status.BAD_REQUEST,
                        "Unknown format '" + requested + "'; use ?format=text, ?format=openmetrics or ?format=protobuf.");
            }
        } else {
            format = configured != null ? configured : Negotiation.format(headers.apply(HttpHeaders.ACCEPT));
            if (format == null) {
                return refuse(Response.Status.NOT_ACCEPTABLE, "The Accept header " + headers.apply(HttpHeaders.ACCEPT)
                        + " accepts none of the formats served here; accept text/plain, "
                        + "application/openmetrics-text or application/vnd.google.protobuf.");
            }
        }
        boolean gzip = Negotiation.gzip(headers.apply(HttpHeaders.ACCEPT_ENCODING));
        return headers(ScrapeExchange.respond(handler, method, uri, format, gzip)).build();
    }

    /** A 4xx with its reason as text, for the person or the scraper's log that reads it. */
    private static Response refuse(Response.Status status, String reason) {
        return headers(Response.status(status).type("text/plain; charset=utf-8").entity(reason)).build();
    }

    /** What every answer of the endpoint says about caching. */
    static Response.ResponseBuilder headers(Response.ResponseBuilder response) {
        return response.header(HttpHeaders.VARY, "Accept, Accept-Encoding").header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
