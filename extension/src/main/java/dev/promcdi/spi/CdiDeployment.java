package dev.promcdi.spi;

import io.prometheus.metrics.model.registry.Collector;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.enterprise.inject.spi.Extension;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The {@link Deployment} of one CDI container, and a bean of it: on CDI Full a portable extension,
 * on CDI Lite a bean of promcdi's build compatible extension, so there is exactly one per
 * deployment, promcdi's beans can inject it, and {@link Deployment#current()} finds it from any
 * thread of the deployment. Its registry is set by promcdi's core extension when the deployment is
 * validated; what the modules registered or shared is dropped when it stops. Not final: Weld
 * looks an extension's bean up through a client proxy.
 */
public class CdiDeployment implements Extension, Deployment {

    private volatile PrometheusRegistry registry;
    private final List<Collector> registered = new CopyOnWriteArrayList<>();
    private final Map<Class<?>, Object> shared = new ConcurrentHashMap<>();

    /** Creates the deployment's state; the container does, through the service loader. */
    public CdiDeployment() {
    }

    /**
     * Starts the deployment on {@code registry}; promcdi's core extension calls it once the
     * deployment is validated.
     *
     * @param registry the deployment's registry
     */
    public void start(PrometheusRegistry registry) {
        this.registry = registry;
    }

    /**
     * Unregisters what the modules registered, closes what they shared that is {@link AutoCloseable}
     * and forgets the rest; called when the deployment stops.
     */
    public void stop() {
        PrometheusRegistry known = registry;
        registry = null; // first: code still running sees a stopped deployment, never a half-stopped one
        if (known != null) {
            registered.forEach(known::unregister);
        }
        registered.clear();
        shared.values().forEach(CdiDeployment::close);
        shared.clear();
    }

    private static void close(Object shared) {
        if (shared instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception failure) {
                System.getLogger(CdiDeployment.class.getName()).log(System.Logger.Level.WARNING,
                        "Closing " + shared + " at the deployment's shutdown failed.", failure);
            }
        }
    }

    /** Whether the deployment has started and not stopped. */
    boolean isRunning() {
        return registry != null;
    }

    @Override
    public PrometheusRegistry registry() {
        PrometheusRegistry known = registry;
        if (known == null) {
            throw new IllegalStateException("promcdi's registry is known only while the CDI deployment runs, from its "
                    + "validation to its shutdown; use it from the application's start on (@Initialized(ApplicationScoped.class)).");
        }
        return known;
    }

    @Override
    public void register(Collector collector) {
        registry().register(collector);
        registered.add(collector);
    }

    @Override
    public <T> T shared(Class<T> type, Supplier<T> create) {
        registry(); // fails the same way outside the deployment's run
        return type.cast(shared.computeIfAbsent(type, key -> create.get()));
    }
}
