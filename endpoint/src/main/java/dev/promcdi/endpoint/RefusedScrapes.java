package dev.promcdi.endpoint;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * {@value #NAME}: requests a protected endpoint refused, by {@code reason}, one counter per
 * registry however many protected endpoints serve it, registered while one of them is open.
 */
final class RefusedScrapes {

    static final String NAME = "promcdi_scrape_auth_failures_total";

    private static final Map<PrometheusRegistry, RefusedScrapes> BY_REGISTRY = new IdentityHashMap<>();

    private final Counter counter;
    private int users;

    private RefusedScrapes(Counter counter) {
        this.counter = counter;
    }

    /** The registry's counter, registered by its first user. */
    static synchronized RefusedScrapes acquire(PrometheusRegistry registry) {
        RefusedScrapes refused = BY_REGISTRY.computeIfAbsent(registry, key -> new RefusedScrapes(Counter.builder()
                .name(NAME).help("Requests to a protected metrics endpoint that were refused, by reason: missing, "
                        + "invalid or malformed credentials, an unaccepted scheme, a user without the role.")
                .labelNames("reason").register(key)));
        refused.users++;
        return refused;
    }

    /** Gives the counter back; the last user unregisters it. */
    static synchronized void release(PrometheusRegistry registry) {
        RefusedScrapes refused = BY_REGISTRY.get(registry);
        if (refused != null && --refused.users == 0) {
            BY_REGISTRY.remove(registry);
            registry.unregister(refused.counter);
        }
    }

    void count(String reason) {
        counter.labelValues(reason).inc();
    }
}
