package dev.promcdi.invaliddefinitions;

import dev.promcdi.Count;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * A deployment's registry the test still holds after the deployment failed, a valid site, and a
 * site whose name the registry already holds, which fails the deployment once the valid site's
 * metric is registered.
 */
public final class LeftBehind {

    /** The registry, outliving the container, with a metric of its own named {@code left_clash}. */
    static final PrometheusRegistry REGISTRY = new PrometheusRegistry();

    static {
        Counter.builder().name("left_clash").register(REGISTRY);
    }

    private LeftBehind() {
    }

    /** Hands the held registry to the container. */
    public static class Registry {
        @Produces
        @Singleton
        PrometheusRegistry registry() {
            return REGISTRY;
        }
    }

    /** A site whose metric the registry refuses: it holds one of that name already. */
    @ApplicationScoped
    public static class Clashing {
        @Count("left_clash_total")
        public void call() {
        }
    }

    /** A site with nothing wrong, beside the wrong one. */
    @ApplicationScoped
    public static class Valid {
        @Count("left_behind_total")
        public void call() {
        }
    }
}
