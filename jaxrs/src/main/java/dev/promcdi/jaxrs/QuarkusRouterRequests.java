package dev.promcdi.jaxrs;

import dev.promcdi.jaxrs.internal.JaxrsSettings;
import dev.promcdi.spi.Ticker;
import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.event.Observes;

/**
 * Records, on Quarkus, the requests that match no resource path: Quarkus REST hands them back to
 * Vert.x's router, which fails them with 404 where no JAX-RS filter runs. A route filter of the
 * HTTP server sees every request end and records those, under {@code UNMATCHED}; the requests
 * JAX-RS answered, {@link RequestTimingFilter} records. A bean only where promcdi-jaxrs' build
 * compatible extension adds it, which it does when Quarkus' HTTP layer is there; nothing else
 * loads this class.
 */
final class QuarkusRouterRequests {

    /** Any priority serves: this filter only waits for the end of the request. */
    private static final int PRIORITY = 100;

    void addFilter(@Observes Filters filters) {
        RequestMetrics metrics = RequestMetrics.of(JaxrsSettings.load());
        filters.register(context -> {
            long start = Ticker.SYSTEM.read();
            context.addEndHandler(ended -> {
                if (context.failed() && context.statusCode() == 404) {
                    Route route = metrics.unmatched(context.request().method().name());
                    if (route != null) {
                        route.finished(false, 404, Ticker.SYSTEM.read() - start, null);
                    }
                }
            });
            context.next();
        }, PRIORITY);
    }
}
