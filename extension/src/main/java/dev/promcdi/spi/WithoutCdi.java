package dev.promcdi.spi;

import io.prometheus.metrics.model.registry.Collector;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The deployment of code that runs without CDI (a JAX-RS application on a runtime without it): the
 * default registry, and shared objects that live as long as promcdi's class loader, since nothing
 * tells when such an application stops.
 */
final class WithoutCdi implements Deployment {

    static final WithoutCdi INSTANCE = new WithoutCdi();

    private final Map<Class<?>, Object> shared = new ConcurrentHashMap<>();

    private WithoutCdi() {
    }

    @Override
    public PrometheusRegistry registry() {
        return PrometheusRegistry.defaultRegistry;
    }

    @Override
    public void register(Collector collector) {
        registry().register(collector);
    }

    @Override
    public <T> T shared(Class<T> type, Supplier<T> create) {
        return type.cast(shared.computeIfAbsent(type, key -> create.get()));
    }
}
