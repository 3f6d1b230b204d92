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
 * match nothing too, which end under {@code route="UNMATCHED"}. The trace of the span current
 * when the request arrives becomes the duration's exemplar, also when an async resource resumes
 * it on another thread.
 */
@PreMatching
@Priority(1)
final class RequestTimingFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private final RequestMetrics metrics;
    private final Monitors monitors;

    RequestTimingFilter(RequestMetrics metrics, Monitors monitors) {
        this.metrics = metrics;
        this.monitors = monitors;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(RequestRecord.PROPERTY,
                new RequestRecord(Ticker.SYSTEM.read(), TraceExemplar.ofCurrentSpan()));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        RequestRecord record = RequestRecord.of(request);
        if (record == null || record.finished || record.scrape) {
            return;
        }
        record.finished = true;
        long elapsed = Ticker.SYSTEM.read() - record.start;
        Route route = record.matched ? record.route : metrics.unmatched(request.getMethod());
        if (route != null) {
            int status = response.getStatus();
            route.finished(record.matched, status, elapsed, record.exemplar);
            monitors.finished(route, status, elapsed);
        }
    }
}
