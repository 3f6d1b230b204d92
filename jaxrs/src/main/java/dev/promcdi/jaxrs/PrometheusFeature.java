package dev.promcdi.jaxrs;

import dev.promcdi.internal.Config;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Everything promcdi offers a JAX-RS application, in one registration: {@code GET /metrics}
 * relative to the application path, and request metrics per route:
 * {@code http_server_request_duration_seconds{method,route,status}} and
 * {@code http_server_active_requests{method,route}}, where {@code route} is the matched template
 * ({@code /api/users/{id}}), {@code UNMATCHED} for requests that matched nothing, and
 * {@code method} is {@code _OTHER} for non-standard methods.
 *
 * <pre>{@code
 * @ApplicationPath("/api")
 * public class Shop extends Application {
 *     public Set<Class<?>> getClasses() {
 *         return Set.of(Orders.class, PrometheusFeature.class);
 *     }
 * }
 * }</pre>
 *
 * <p>A {@code @Provider}, so runtimes that scan for providers pick it up alone; registering it
 * as well does no harm.
 */
@Provider
public class PrometheusFeature implements Feature {

    /** The path of the metrics endpoint, relative to the application; empty to serve none. */
    static final String METRICS_PATH = "promcdi.metrics.path";

    /** Creates the feature; the JAX-RS runtime does. */
    public PrometheusFeature() {
    }

    @Context
    private Application application;

    @Override
    public boolean configure(FeatureContext context) {
        if (context.getConfiguration().isRegistered(RequestTimingFilter.class)) {
            return true; // registered twice, by scanning and by hand
        }
        Config config = Config.load();
        String path = config.string(METRICS_PATH).orElse("metrics").replaceAll("^/+|/+$", "");
        if (!path.isEmpty()) {
            context.register(new MetricsEndpointFilter(path));
        }
        RequestMetrics metrics = RequestMetrics.of(config);
        Monitors monitors = new Monitors(context.getConfiguration());
        context.register(new RequestTimingFilter(metrics, monitors));
        context.register(new RouteFeature(metrics, monitors, applicationPath()));
        return true;
    }

    /** The {@code @ApplicationPath} of the application, or empty when it is mapped otherwise. */
    private String applicationPath() {
        for (Class<?> type = application == null ? null : application.getClass(); type != null && type != Object.class;
                type = type.getSuperclass()) {
            ApplicationPath path = type.getAnnotation(ApplicationPath.class);
            if (path != null) {
                return path.value();
            }
        }
        return "";
    }
}
