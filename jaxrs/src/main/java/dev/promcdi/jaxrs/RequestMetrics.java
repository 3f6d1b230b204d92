package dev.promcdi.jaxrs;

import dev.promcdi.jaxrs.internal.JaxrsSettings;
import dev.promcdi.spi.Deployment;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The request metrics of one registry and the routes they know. Routes are created at deployment
 * (one per resource method) or, for sub-resources, on their first request; past the configured
 * number of routes, new ones fold into {@link #OVERFLOW} rather than adding series without end.
 */
final class RequestMetrics {

    static final String DURATION = "http_server_request_duration_seconds";
    static final String ACTIVE = "http_server_active_requests";
    static final String UNMATCHED = "UNMATCHED";
    static final String OVERFLOW = "OVERFLOW";
    static final String OTHER_METHOD = "_OTHER";
    static final Set<String> STANDARD_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS",
            "TRACE", "PATCH");
    /** OpenTelemetry's default boundaries for HTTP server durations, in seconds. */
    static final double[] DEFAULT_BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10};

    private final Histogram durations;
    private final Gauge active;
    private final Set<String> excluded;
    private final int maxRoutes;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, Route> unmatched = new ConcurrentHashMap<>();

    private RequestMetrics(Histogram durations, Gauge active, Set<String> excluded, int maxRoutes) {
        this.durations = durations;
        this.active = active;
        this.excluded = excluded;
        this.maxRoutes = maxRoutes;
    }

    /** The request metrics of the running deployment, created on first use. */
    static RequestMetrics of(JaxrsSettings settings) {
        Deployment deployment = Deployment.current();
        return deployment.shared(RequestMetrics.class, () -> create(settings, deployment));
    }

    private static RequestMetrics create(JaxrsSettings settings, Deployment deployment) {
        Set<String> excluded = Set.copyOf(settings.excludedRoutes().stream().map(Templates::join).toList());
        int maxRoutes = settings.maxRoutes();
        if (!settings.requestMetrics()) {
            return new RequestMetrics(null, null, excluded, maxRoutes);
        }
        Histogram durations = Histogram.builder().name(DURATION).help("Duration of HTTP server requests.")
                .unit(io.prometheus.metrics.model.snapshots.Unit.SECONDS)
                .labelNames("method", "route", "status")
                .classicUpperBounds(settings.buckets().orElse(DEFAULT_BUCKETS)).build();
        Gauge active = Gauge.builder().name(ACTIVE).help("Number of active HTTP server requests.")
                .labelNames("method", "route").build();
        deployment.register(durations);
        deployment.register(active);
        return new RequestMetrics(durations, active, excluded, maxRoutes);
    }

    /** The route for a method and template, or null when the template is excluded. */
    Route route(String method, String template) {
        if (excluded.contains(template)) {
            return null;
        }
        String label = label(method);
        String key = label + ' ' + template;
        Route known = routes.get(key);
        if (known != null) {
            return known;
        }
        String kept = routes.size() >= maxRoutes && !template.equals(UNMATCHED) ? OVERFLOW : template;
        return routes.computeIfAbsent(label + ' ' + kept, ignored -> new Route(label, kept, durations, active));
    }

    /** The method label: the method itself if standard, else {@code _OTHER}. */
    static String label(String method) {
        return STANDARD_METHODS.contains(method) ? method : OTHER_METHOD;
    }

    /** How many (method, route) pairs are kept before new ones fold into {@link #OVERFLOW}. */
    int maxRoutes() {
        return maxRoutes;
    }

    /** The route of requests that matched no resource, for this request method. */
    Route unmatched(String method) {
        String label = label(method);
        Route known = unmatched.get(label);
        return known != null ? known : unmatched.computeIfAbsent(label, ignored -> route(label, UNMATCHED));
    }
}
