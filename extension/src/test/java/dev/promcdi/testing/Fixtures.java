package dev.promcdi.testing;

import dev.promcdi.internal.Ticker;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** A fresh registry, a way to read it and a fake clock, for each container. */
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

    @Produces
    @Singleton
    Ticker ticker() {
        return new FakeTicker();
    }
}
