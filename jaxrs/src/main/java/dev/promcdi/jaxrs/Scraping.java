package dev.promcdi.jaxrs;

import dev.promcdi.jaxrs.internal.JaxrsSettings;
import dev.promcdi.spi.Deployment;
import io.prometheus.metrics.exporter.common.PrometheusScrapeHandler;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;

/**
 * How this deployment answers scrapes: the client's scrape handler on the deployment's registry,
 * and the format {@code promcdi.metrics.format} imposes, if any. One per deployment.
 */
final class Scraping {

    private final PrometheusScrapeHandler handler;
    private final String configuredAccept;

    private Scraping(PrometheusScrapeHandler handler, String configuredAccept) {
        this.handler = handler;
        this.configuredAccept = configuredAccept;
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
                ExpositionFormat.named(JaxrsSettings.load().format()).map(named -> named.accept).orElse(null)));
    }

    /** The scrape response for a request. */
    Response respond(String method, UriInfo uri, Function<String, List<String>> headers) {
        return ScrapeExchange.respond(handler, method, uri, headers, accept(uri));
    }

    /** The Accept header a {@code format} parameter or the configuration imposes, or null to negotiate. */
    private String accept(UriInfo uri) {
        String requested = uri.getQueryParameters().getFirst(ExpositionFormat.QUERY_PARAMETER);
        if (requested == null) {
            return configuredAccept;
        }
        return ExpositionFormat.named(requested).map(format -> format.accept).orElseThrow(() -> new BadRequestException(
                "Unknown format '" + requested + "'; use text, openmetrics or protobuf."));
    }
}
