package dev.promcdi.jaxrs;

import dev.promcdi.endpoint.ExpositionFormat;
import dev.promcdi.endpoint.ScrapeResponder;
import dev.promcdi.endpoint.ScrapeResponse;
import dev.promcdi.jaxrs.internal.JaxrsSettings;
import dev.promcdi.spi.Deployment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;

/**
 * How this deployment answers requests to its metrics endpoint: promcdi's {@link ScrapeResponder}
 * on the deployment's registry, with the format of {@code promcdi.metrics.format} when one is
 * set, its answer turned into a JAX-RS {@link Response}. One per deployment.
 */
final class Scraping {

    private final ScrapeResponder responder;

    private Scraping(ScrapeResponder responder) {
        this.responder = responder;
    }

    /**
     * The deployment's scraping, made on first use.
     *
     * @throws IllegalStateException naming every invalid {@code promcdi.metrics.*} or {@code promcdi.http.*}
     *     key, when no CDI deployment's validation reported them before
     */
    static Scraping of() {
        Deployment deployment = Deployment.current();
        return deployment.shared(Scraping.class, () -> new Scraping(new ScrapeResponder(deployment.registry(),
                ExpositionFormat.named(JaxrsSettings.load().format()).orElse(null))));
    }

    /** The answer to a request of any method. */
    Response respond(String method, UriInfo uri, Function<String, List<String>> headers) {
        ScrapeResponse answer = responder.respond(method, uri.getRequestUri().getRawPath(),
                uri.getRequestUri().getRawQuery(), headers);
        Response.ResponseBuilder response = Response.status(answer.status());
        answer.headers().forEach((name, value) -> {
            if (method.equals("HEAD") || !name.equals(ScrapeResponse.CONTENT_LENGTH)) { // the runtime counts what it sends
                response.header(name, value);
            }
        });
        return answer.body().length == 0 ? response.build() : response.entity(answer.body()).build();
    }
}
