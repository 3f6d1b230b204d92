package dev.promcdi.registry;

import dev.promcdi.Count;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The application registers a metric itself but does not produce it as a bean. */
@ApplicationScoped
public class Taken {

    @Produces
    @Singleton
    static PrometheusRegistry registry() {
        PrometheusRegistry registry = new PrometheusRegistry();
        Counter.builder().name("taken_total").labelNames("by").register(registry);
        return registry;
    }

    @Count("taken_total")
    public void take() {
    }
}
