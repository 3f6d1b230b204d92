package dev.promcdi.jaxrs;

/** What promcdi knows of one request, kept as a request property between its filters. */
final class Exchange {

    static final String PROPERTY = Exchange.class.getName();

    final long start;
    /** Whether a resource method matched; its route may still be excluded (null). */
    boolean matched;
    Route route;
    boolean finished;

    Exchange(long start) {
        this.start = start;
    }
}
