package dev.promcdi.jaxrs;

/**
 * Records what the application wants to know of each request, beside or instead of promcdi's own
 * request metrics (set {@code promcdi.http.enabled=false} to replace them), like hr-prometheus'
 * {@code BaseRequestMonitor}. Every CDI bean of this type, and every JAX-RS provider registered
 * with the application that implements it, is called.
 *
 * <p>Methods run on the request's threads and should be quick; the labels they get are computed
 * once per route, so passing them costs nothing. A monitor that throws is logged; the request
 * goes on.
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class SlowRequests implements RequestMonitor {
 *     @Inject
 *     Counter slowRequests; // the application's own metric, with label "route"
 *
 *     public void finished(String method, String route, int status, long durationNanos) {
 *         if (durationNanos > 1_000_000_000L) {
 *             slowRequests.labelValues(route).inc();
 *         }
 *     }
 * }
 * }</pre>
 */
public interface RequestMonitor {

    /**
     * A request matched a resource method and starts.
     *
     * @param method the HTTP method, or {@code _OTHER} for a non-standard one
     * @param route the matched template, such as {@code /api/users/{id}}
     */
    default void started(String method, String route) {
    }

    /**
     * A request ended: its response is about to be written. Called once per recorded request, also
     * for requests that matched nothing ({@code route} is {@code UNMATCHED}; {@link #started} was not
     * called); not for scrapes of the metrics endpoint nor for excluded routes.
     *
     * @param method the HTTP method, or {@code _OTHER} for a non-standard one
     * @param route the matched template, {@code UNMATCHED}, or {@code OVERFLOW} past the route limit
     * @param status the response status
     * @param durationNanos the time since the request arrived, in nanoseconds
     */
    void finished(String method, String route, int status, long durationNanos);
}
