package dev.promcdi.jaxrs;

import io.prometheus.metrics.model.snapshots.Labels;

/** What promcdi knows of one request, kept as a request property between its filters. */
final class RequestRecord {

    static final String PROPERTY = RequestRecord.class.getName();

    final long start;
    /** The trace of the span current when the request arrived, for the exemplar; null if none. */
    final Labels exemplar;
    /** Whether a resource method matched; its route may still be excluded (null). */
    boolean matched;
    /** Whether the request is a scrape of the metrics endpoint, which is not recorded. */
    boolean scrape;
    Route route;
    private boolean finished;

    RequestRecord(long start, Labels exemplar) {
        this.start = start;
        this.exemplar = exemplar;
    }

    /**
     * Takes the request as matched to {@code matchedRoute} (null when excluded), unless it ended
     * already: on Quarkus REST the completion of a request whose client left can end it on another
     * thread while its filters still run.
     *
     * @return whether the request was still running, so the route is to be started
     */
    synchronized boolean match(Route matchedRoute) {
        if (finished) {
            return false;
        }
        matched = true;
        route = matchedRoute;
        return true;
    }

    /** Whether a resource method matched, as the thread that ends the request sees it. */
    synchronized boolean isMatched() {
        return matched;
    }

    /** Ends the request once: what it matched, or null when it ended already or is a scrape. */
    synchronized Outcome finish() {
        if (finished || scrape) {
            return null;
        }
        finished = true;
        return new Outcome(matched, route);
    }

    /** What an ended request matched: whether a resource method, and its route (null when excluded). */
    record Outcome(boolean matched, Route route) {
    }

    /** The record of {@code request}, or null for a request promcdi did not see arrive. */
    static RequestRecord of(jakarta.ws.rs.container.ContainerRequestContext request) {
        return request.getProperty(PROPERTY) instanceof RequestRecord record ? record : null;
    }
}
