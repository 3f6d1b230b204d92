package dev.promcdi.discovery;

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
}
