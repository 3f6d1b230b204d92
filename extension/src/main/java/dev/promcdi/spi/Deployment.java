package dev.promcdi.spi;

import io.prometheus.metrics.model.registry.Collector;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import java.util.function.Supplier;

/**
 * What promcdi's modules need of the running deployment: its registry, and the promise that what
 * they register there is unregistered when the deployment stops, so that it can be deployed again
 * in the same JVM. {@link #current()} finds the deployment of the calling code.
 */
public interface Deployment {

    /**
     * The deployment's registry: the application's {@code PrometheusRegistry} bean, else
     * {@code PrometheusRegistry.defaultRegistry}.
     *
     * @return the registry
     */
    PrometheusRegistry registry();

    /**
     * Registers {@code collector} with the {@linkplain #registry() registry}, to be unregistered
     * when the deployment stops.
     *
     * @param collector the collector
     * @throws IllegalArgumentException when the registry refuses it, as a name it already has
     */
    void register(Collector collector);

    /**
     * The one object of {@code type} of this deployment, made by {@code create} on first use and
     * dropped when the deployment stops (closed first if it is {@link AutoCloseable}): for what
     * several JAX-RS applications of one deployment must share, such as the metrics they all
     * record into.
     *
     * @param <T> the type
     * @param type the type, which is also the key
     * @param create makes the object
     * @return the deployment's object
     */
    <T> T shared(Class<T> type, Supplier<T> create);

    /**
     * The deployment of the calling code: the running CDI deployment's, else one for promcdi's
     * class loader, on the default registry, which never stops.
     *
     * @return the deployment
     */
    static Deployment current() {
        try {
            Instance<CdiDeployment> found = CDI.current().select(CdiDeployment.class);
            CdiDeployment deployment = found.isResolvable() ? found.get() : null;
            if (deployment != null && deployment.isRunning()) {
                return deployment;
            }
        } catch (IllegalStateException noCdi) {
            // not in a CDI deployment
        }
        return WithoutCdi.INSTANCE;
    }
}
