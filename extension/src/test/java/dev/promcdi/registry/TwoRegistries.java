package dev.promcdi.registry;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.enterprise.inject.Produces;

public class TwoRegistries {

    @Produces
    PrometheusRegistry one = new PrometheusRegistry();

    @Produces
    PrometheusRegistry two() {
        return new PrometheusRegistry();
    }
}
