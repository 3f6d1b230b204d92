package dev.promcdi.lifecycle;

import dev.promcdi.discovery.MetricsEndpoint;
import dev.promcdi.discovery.Registration;
import dev.promcdi.discovery.ServiceDiscovery;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An application's own service discovery that records what it is asked to do. */
@ApplicationScoped
public class RecordingDiscovery implements ServiceDiscovery {

    static final List<String> EVENTS = new CopyOnWriteArrayList<>();

    @Override
    public Registration register(MetricsEndpoint endpoint) {
        EVENTS.add("register " + endpoint.url());
        return new Registration() {
            @Override
            public boolean isRegistered() {
                return true;
            }

            @Override
            public void deregister() {
                EVENTS.add("deregister " + endpoint.url());
            }
        };
    }
}
