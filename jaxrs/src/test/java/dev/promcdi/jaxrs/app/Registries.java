package dev.promcdi.jaxrs.app;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** A fresh registry per deployment, with one metric of the application's own. */
@ApplicationScoped
public class Registries {

    @Produces
    @Singleton
    PrometheusRegistry registry() {
        PrometheusRegistry registry = new PrometheusRegistry();
        Counter.builder().name("shop_orders_total").help("Orders placed.").labelNames("channel").register(registry)
                .labelValues("web").inc(7);
        return registry;
    }
}
