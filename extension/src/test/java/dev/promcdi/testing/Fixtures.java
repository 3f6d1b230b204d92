package dev.promcdi.testing;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** A fresh registry and a way to read it, for each container. */
public class Fixtures {

    @Produces
    @Singleton
    PrometheusRegistry registry() {
        return new PrometheusRegistry();
    }

    @Produces
    Scrape scrape(PrometheusRegistry registry) {
        return new Scrape(registry);
    }
}
