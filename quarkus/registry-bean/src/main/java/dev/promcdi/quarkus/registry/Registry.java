package dev.promcdi.quarkus.registry;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The application's own registry, which nothing of the application injects. */
public class Registry {

    @Produces
    @Singleton
    PrometheusRegistry registry() {
        return new PrometheusRegistry();
    }
}
