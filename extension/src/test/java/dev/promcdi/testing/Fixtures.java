package dev.promcdi.testing;

import dev.promcdi.internal.Ticker;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** A fresh registry and a fake clock for each container. */
public class Fixtures {

    @Produces
    @Singleton
    PrometheusRegistry registry() {
        return new PrometheusRegistry();
    }

    @Produces
    @Singleton
    Ticker ticker() {
        return new FakeTicker();
    }
}
