package dev.promcdi.jaxrs.internal.lite;

import dev.promcdi.jaxrs.RequestMonitor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Keeps the application's {@link RequestMonitor} beans on a CDI Lite container that removes the
 * beans nothing injects, such as Quarkus: promcdi looks them up at the first request, which such
 * a container cannot foresee; this injection point it can. Its observer keeps the bean itself.
 * Not part of the API.
 */
@Singleton
public class KeptMonitors {

    @Inject
    @Any
    Instance<RequestMonitor> monitors;

    /** Creates the bean; the container does. */
    public KeptMonitors() {
    }

    void started(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // nothing to do: being observed is what keeps this bean, and so the monitors
    }
}
