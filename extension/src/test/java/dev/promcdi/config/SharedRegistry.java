package dev.promcdi.config;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** A registry that outlives deployments, as a server-wide one would. */
@ApplicationScoped
public class SharedRegistry {

    static final PrometheusRegistry REGISTRY = new PrometheusRegistry();

    @Produces
    static PrometheusRegistry registry() {
        return REGISTRY;
    }
}
