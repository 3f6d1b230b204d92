package dev.promcdi.jaxrs;

import dev.promcdi.internal.Config;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Everything promcdi offers a JAX-RS application, in one registration: {@code GET /metrics}
 * relative to the application path, and request metrics per route.
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

    @Override
    public boolean configure(FeatureContext context) {
        if (context.getConfiguration().isRegistered(MetricsEndpointFilter.class)) {
            return true; // registered twice, by scanning and by hand
        }
        Config config = Config.load();
        String path = config.string(METRICS_PATH).orElse("metrics").replaceAll("^/+|/+$", "");
        if (!path.isEmpty()) {
            context.register(new MetricsEndpointFilter(path));
        }
        return true;
    }
}
