package dev.promcdi.discovery;

import java.util.List;

/**
 * What a {@link ServiceDiscovery} returns for one registered endpoint: the way to undo it.
 */
public interface Registration {

    /**
     * Tells whether the endpoint is registered right now; a discovery that keeps retrying in the
     * background answers false until it succeeds.
     *
     * @return true while the service discovery system knows the endpoint
     */
    boolean isRegistered();

    /**
     * Undoes the registration and stops any background work. Idempotent; bounded in time even
     * when the service discovery system does not answer.
     */
    void deregister();

    /**
     * Registers {@code endpoint} with every discovery, in order, as one registration: registered
     * while any of them is, undone all together, last first. If one throws, those done so far are
     * undone and the failure is passed on.
     *
     * @param endpoint where Prometheus can scrape this instance
     * @param discoveries the service discoveries
     * @return the registrations, as one
     * @throws IllegalStateException when a discovery's registration failed and it must not start
     */
    static Registration registerAll(MetricsEndpoint endpoint, List<ServiceDiscovery> discoveries) {
        return Announcement.announce(endpoint, discoveries);
    }
}
