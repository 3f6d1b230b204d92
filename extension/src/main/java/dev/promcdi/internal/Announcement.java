package dev.promcdi.internal;

import dev.promcdi.discovery.MetricsEndpoint;
import dev.promcdi.discovery.Registration;
import dev.promcdi.discovery.ServiceDiscovery;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * One endpoint registered with several service discoveries, undone together. Not part of the API.
 */
public final class Announcement {

    private static final System.Logger LOG = System.getLogger(Announcement.class.getName());

    private final List<Registration> registrations;

    private Announcement(List<Registration> registrations) {
        this.registrations = registrations;
    }

    /**
     * Registers {@code endpoint} with every discovery, in order. If one throws, those done so far
     * are undone and the failure is passed on.
     *
     * @param endpoint the endpoint
     * @param discoveries the service discoveries
     * @return the registrations
     */
    public static Announcement announce(MetricsEndpoint endpoint, List<ServiceDiscovery> discoveries) {
        Announcement announcement = new Announcement(new ArrayList<>());
        try {
            for (ServiceDiscovery discovery : discoveries) {
                announcement.registrations.add(discovery.register(endpoint));
            }
        } catch (RuntimeException | Error failure) {
            announcement.withdraw();
            throw failure;
        }
        return announcement;
    }

    /**
     * Tells whether any discovery has the endpoint registered now.
     *
     * @return true if at least one registration is in place
     */
    public boolean isRegistered() {
        return registrations.stream().anyMatch(Registration::isRegistered);
    }

    /** Undoes every registration, last first; a failing one does not keep the others. */
    public synchronized void withdraw() {
        for (int i = registrations.size() - 1; i >= 0; i--) {
            try {
                registrations.get(i).deregister();
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "A service discovery failed to deregister; the others are undone anyway.", failure);
            }
        }
        registrations.clear();
    }
}
