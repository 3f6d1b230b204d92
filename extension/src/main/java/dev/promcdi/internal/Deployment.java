package dev.promcdi.internal;

import io.prometheus.metrics.model.registry.Collector;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What other promcdi modules need of the running deployment: its registry, and a way to have
 * their metrics unregistered when it stops. Works without CDI too (default registry, nothing
 * unregistered). Not part of the API.
 */
public final class Deployment {

    private Deployment() {
    }

    /**
     * The deployment's registry: the application's {@code PrometheusRegistry} bean, else the default.
     *
     * @return the registry
     */
    public static PrometheusRegistry registry() {
        return extension().map(PromcdiExtension::registry).orElse(PrometheusRegistry.defaultRegistry);
    }

    /**
     * Registers {@code collector} with the deployment's registry, to be unregistered when the
     * deployment stops.
     *
     * @param collector the collector
     * @throws IllegalArgumentException when the registry refuses it
     */
    public static void register(Collector collector) {
        Optional<PromcdiExtension> extension = extension();
        PrometheusRegistry registry = extension.map(PromcdiExtension::registry).orElse(PrometheusRegistry.defaultRegistry);
        registry.register(collector);
        extension.ifPresent(promcdi -> promcdi.unregisterAtShutdown(collector));
    }

    /**
     * The one {@code type} object of the running deployment, created by {@code create} on first
     * use and forgotten when the deployment stops; without CDI, one per class loader.
     *
     * @param <T> the type
     * @param type the key
     * @param create makes the object
     * @return the deployment's object
     */
    public static <T> T shared(Class<T> type, Supplier<T> create) {
        Map<Class<?>, Object> objects = extension().map(PromcdiExtension::shared).orElse(WITHOUT_CDI);
        return type.cast(objects.computeIfAbsent(type, key -> create.get()));
    }

    private static final Map<Class<?>, Object> WITHOUT_CDI = new ConcurrentHashMap<>();

    private static Optional<PromcdiExtension> extension() {
        try {
            PromcdiExtension extension = CDI.current().getBeanManager().getExtension(PromcdiExtension.class);
            return extension.registry() == null ? Optional.empty() : Optional.of(extension);
        } catch (IllegalStateException | IllegalArgumentException noCdiOrNoPromcdi) {
            return Optional.empty();
        }
    }
}
