package dev.promcdi.discovery;

/**
 * Announces a metrics endpoint to a service discovery system, so Prometheus finds every
 * instance. Like prometheus-async's {@code ServiceDiscovery} protocol: {@code register} returns
 * what undoes it.
 *
 * <p>Every bean of this type is called for the application's metrics endpoint when the container
 * starts, and its registration is undone before the container stops. Without such a bean,
 * {@code promcdi.consul.enabled=true} makes promcdi use a {@link ConsulAgent} built from
 * configuration.
 */
public interface ServiceDiscovery {

    /**
     * Registers {@code endpoint}.
     *
     * @param endpoint where Prometheus can scrape this instance
     * @return the registration, to be undone at shutdown
     * @throws IllegalStateException when the registration failed and the application must not start
     */
    Registration register(MetricsEndpoint endpoint);
}
