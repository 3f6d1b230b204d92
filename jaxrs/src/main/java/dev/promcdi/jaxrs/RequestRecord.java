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
    boolean finished;

    RequestRecord(long start, Labels exemplar) {
        this.start = start;
        this.exemplar = exemplar;
    }

    /** The record of {@code request}, or null for a request promcdi did not see arrive. */
    static RequestRecord of(jakarta.ws.rs.container.ContainerRequestContext request) {
        return request.getProperty(PROPERTY) instanceof RequestRecord record ? record : null;
    }
}
