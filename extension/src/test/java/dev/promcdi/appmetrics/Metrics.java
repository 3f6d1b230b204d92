package dev.promcdi.appmetrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.core.metrics.Summary;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Metrics the application builds and registers itself, exposed as beans. */
@ApplicationScoped
public class Metrics {

    @Produces
    static final Summary LATENCY = Summary.builder().name("search_latency_seconds").help("Search latency.")
            .quantile(0.5, 0.01).build();

    @Produces
    static final Histogram BACKEND = Histogram.builder().name("search_backend_seconds").help("Backend latency.")
            .labelNames("backend", "region").classicOnly().build();

    @Produces
    static final Counter SEARCHES = Counter.builder().name("searches_total").help("Searches.")
            .labelNames("outcome").build();

    @Produces
    static final Gauge ACTIVE = Gauge.builder().name("searches_active").help("Searches running.").build();

    @Produces
    @Singleton
    static PrometheusRegistry registry() {
        PrometheusRegistry registry = new PrometheusRegistry();
        registry.register(LATENCY);
        registry.register(BACKEND);
        registry.register(SEARCHES);
        registry.register(ACTIVE);
        return registry;
    }
}
