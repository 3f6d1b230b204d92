package dev.promcdi.jaxrs;

import dev.promcdi.spi.Ticker;
import dev.promcdi.spi.TraceExemplar;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * Starts the clock of every request before matching, and ends it when the response is about to
 * be written: after the resource, its exception mappers, an async resume or timeout, and the
 * other response filters (its priority makes it first in and last out). Runs for requests that
 * match nothing too, which end under {@code route="UNMATCHED"}. Where the runtime runs no
 * response filter for a request that fails with an exception no mapper takes or whose client
 * left (Quarkus REST), its completion callback ends the request instead. The trace of the span
 * current when the request arrives becomes the duration's exemplar, also when an async resource
 * resumes it on another thread.
 */
@PreMatching
@Priority(1)
final class RequestTimingFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private final RequestMetrics metrics;
    private final Monitors monitors;
    private final QuarkusRequests quarkus;

    RequestTimingFilter(RequestMetrics metrics, Monitors monitors, QuarkusRequests quarkus) {
        this.metrics = metrics;
        this.monitors = monitors;
        this.quarkus = quarkus;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        RequestRecord record = new RequestRecord(Ticker.SYSTEM.read(), TraceExemplar.ofCurrentSpan());
        request.setProperty(RequestRecord.PROPERTY, record);
        if (quarkus.completes(request)) {
            quarkus.onCompletion(request, failure -> completed(record, request.getMethod(), failure));
        }
    }

    /**
     * Ends a request the response filter did not see: one that failed with an exception no mapper
     * took, with 500; one whose client left, with 200, as what the runtime would have answered is
     * not known. A request that matched no resource and failed nowhere left JAX-RS unanswered:
     * Quarkus REST hands it back to its router, where {@link QuarkusRouterRequests} records it.
     */
    private void completed(RequestRecord record, String method, Throwable failure) {
        if (failure != null) {
            finish(record, method, 500);
        } else if (record.isMatched()) {
            finish(record, method, 200);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        RequestRecord record = RequestRecord.of(request);
        if (record != null) {
            finish(record, request.getMethod(), response.getStatus());
        }
    }

    private void finish(RequestRecord record, String method, int status) {
        RequestRecord.Outcome outcome = record.finish();
        if (outcome == null) {
            return;
        }
        long elapsed = Ticker.SYSTEM.read() - record.start;
        Route route = outcome.matched() ? outcome.route() : metrics.unmatched(method);
        if (route != null) {
            route.finished(outcome.matched(), status, elapsed, record.exemplar);
            monitors.finished(route, status, elapsed);
        }
    }
}
