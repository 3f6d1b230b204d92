package dev.promcdi.jaxrs;

import dev.promcdi.endpoint.ExpositionFormat;
import dev.promcdi.endpoint.ScrapeAccess;
import dev.promcdi.endpoint.ScrapeResponder;
import dev.promcdi.endpoint.ScrapeResponse;
import dev.promcdi.jaxrs.internal.JaxrsSettings;
import dev.promcdi.spi.Deployment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;

/**
 * How this deployment answers requests to its metrics endpoint: promcdi's {@link ScrapeResponder}
 * on the deployment's registry, with the format of {@code promcdi.metrics.format} when one is
 * set and the access of {@code promcdi.metrics.auth.*}, its answer turned into a JAX-RS
 * {@link Response}. One per deployment, closed when it stops.
 */
final class Scraping implements AutoCloseable {

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
        return deployment.shared(Scraping.class, () -> {
            JaxrsSettings settings = JaxrsSettings.load();
            return new Scraping(new ScrapeResponder(deployment.registry(),
                    ExpositionFormat.named(settings.format()).orElse(null), settings.access()));
        });
    }

    /** The answer to a request of any method, by the user the container authenticated, if any. */
    Response respond(String method, UriInfo uri, Function<String, List<String>> headers, SecurityContext security) {
        ScrapeResponse answer = responder.respond(method, uri.getRequestUri().getRawPath(),
                uri.getRequestUri().getRawQuery(), headers, new ScrapeAccess.Caller() {
                    @Override
                    public boolean isAuthenticated() {
                        return security != null && security.getUserPrincipal() != null;
                    }

                    @Override
                    public boolean isInRole(String role) {
                        return security != null && security.isUserInRole(role);
                    }
                });
        Response.ResponseBuilder response = Response.status(answer.status());
        answer.headers().forEach((name, value) -> {
            if (method.equals("HEAD") || !name.equals(ScrapeResponse.CONTENT_LENGTH)) { // the runtime counts what it sends
                response.header(name, value);
            }
        });
        return answer.body().length == 0 ? response.build() : response.entity(answer.body()).build();
    }

    @Override
    public void close() {
        responder.close();
    }
}
