package dev.promcdi.discovery;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

/** One endpoint registered with several service discoveries, undone together, last first. */
final class Announcement implements Registration {

    private static final System.Logger LOG = System.getLogger(Announcement.class.getName());

    private final List<Registration> registrations;

    private Announcement(List<Registration> registrations) {
        this.registrations = registrations;
    }

    /** See {@link Registration#registerAll}. */
    static Announcement announce(MetricsEndpoint endpoint, List<ServiceDiscovery> discoveries) {
        Announcement announcement = new Announcement(new ArrayList<>());
        try {
            for (ServiceDiscovery discovery : discoveries) {
                announcement.registrations.add(discovery.register(endpoint));
            }
        } catch (RuntimeException | Error failure) {
            announcement.deregister();
            throw failure;
        }
        return announcement;
    }

    /** Tells whether any discovery has the endpoint registered now. */
    @Override
    public boolean isRegistered() {
        return registrations.stream().anyMatch(Registration::isRegistered);
    }

    /** Undoes every registration, last first; a failing one does not keep the others. */
    @Override
    public synchronized void deregister() {
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
