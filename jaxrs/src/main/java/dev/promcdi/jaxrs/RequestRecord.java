package dev.promcdi.jaxrs;

/** What promcdi knows of one request, kept as a request property between its filters. */
final class RequestRecord {

    static final String PROPERTY = RequestRecord.class.getName();

    final long start;
    /** Whether a resource method matched; its route may still be excluded (null). */
    boolean matched;
    /** Whether the request is a scrape of the metrics endpoint, which is not recorded. */
    boolean scrape;
    Route route;
    boolean finished;

    RequestRecord(long start) {
        this.start = start;
    }

    /** The record of {@code request}, or null for a request promcdi did not see arrive. */
    static RequestRecord of(jakarta.ws.rs.container.ContainerRequestContext request) {
        return request.getProperty(PROPERTY) instanceof RequestRecord record ? record : null;
    }
}
