package dev.promcdi.example;

import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * A metric the shop builds and registers itself, with its own buckets, and offers as a bean so
 * that {@code @Time("shop_backend_call_seconds")} observes into it.
 */
@ApplicationScoped
public class BackendMetrics {

    private final Histogram backendCalls = Histogram.builder()
            .name("shop_backend_call_seconds")
            .help("Time spent in calls to the shop's backends, until their answer arrived.")
            .labelNames("backend")
            .classicUpperBounds(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0)
            .build();

    /** Creates the bean; the CDI container does. */
    public BackendMetrics() {
    }

    /** Registers the histogram when the application starts. */
    @PostConstruct
    void register() {
        PrometheusRegistry.defaultRegistry.register(backendCalls);
    }

    /** Unregisters the histogram when the application stops, so that it can be deployed again. */
    @PreDestroy
    void unregister() {
        PrometheusRegistry.defaultRegistry.unregister(backendCalls);
    }

    /**
     * The histogram of backend call durations, labelled by backend.
     *
     * @return the histogram
     */
    @Produces
    public Histogram backendCalls() {
        return backendCalls;
    }
}
