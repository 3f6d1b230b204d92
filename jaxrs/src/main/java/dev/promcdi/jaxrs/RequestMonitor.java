package dev.promcdi.jaxrs;

/**
 * Records what the application wants to know of each request, beside or instead of promcdi's own
 * request metrics (set {@code promcdi.http.enabled=false} to replace them), like hr-prometheus'
 * {@code BaseRequestMonitor}. Every CDI bean of this type, and every JAX-RS provider registered
 * with the application that implements it, is called.
 *
 * <p>Methods run on the request's threads and should be quick; the labels they get are computed
 * once per route, so they allocate nothing.
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class SlowRequests implements RequestMonitor {
 *     static final Counter SLOW = Counter.builder().name("http_slow_requests_total").labelNames("route").register();
 *
 *     public void finished(String method, String route, int status, long durationNanos) {
 *         if (durationNanos > 1_000_000_000L) {
 *             SLOW.labelValues(route).inc();
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
     * A request ended: its response is about to be written. Called exactly once per request, also
     * for requests that matched nothing ({@code route} is {@code UNMATCHED}; {@link #started} was not called).
     *
     * @param method the HTTP method, or {@code _OTHER} for a non-standard one
     * @param route the matched template, {@code UNMATCHED}, or {@code OVERFLOW} past the route limit
     * @param status the response status
     * @param durationNanos the time since the request arrived, in nanoseconds
     */
    void finished(String method, String route, int status, long durationNanos);
}
