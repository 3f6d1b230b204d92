package dev.promcdi.server.internal;

import dev.promcdi.discovery.Registration;
import dev.promcdi.discovery.ServiceDiscovery;
import dev.promcdi.server.MetricsHttpServer;
import dev.promcdi.spi.Deployment;
import dev.promcdi.spi.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the standalone metrics server (if configured) and announces the metrics endpoint to
 * every service discovery when the application starts; undoes both before it stops. Not part of
 * the API.
 */
@ApplicationScoped
public class EndpointLifecycle {

    private static final System.Logger LOG = System.getLogger(EndpointLifecycle.class.getName());

    @Inject
    @Any
    Instance<ServiceDiscovery> discoveryBeans;

    private MetricsHttpServer server;
    private Registration announcement;

    /** Creates the lifecycle bean; the container does. */
    public EndpointLifecycle() {
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started, Deployment deployment) throws IOException {
        // Checked with every module's settings when the deployment was validated; checked again in
        // case they changed since (a key store file replaced), never started half-configured.
        Settings read = Settings.load();
        EndpointSettings settings = EndpointSettings.read(read);
        read.throwIfInvalid();
        List<ServiceDiscovery> discoveries = new ArrayList<>();
        discoveryBeans.forEach(discoveries::add);
        if (discoveries.isEmpty()) {
            settings.consul().ifPresent(discoveries::add);
        }
        if (settings.server().isPresent()) {
            server = settings.server().get().start(deployment.registry(), discoveries);
            LOG.log(Level.INFO, () -> "Serving metrics at " + server.url() + ".");
        } else if (!discoveries.isEmpty()) {
            if (settings.announced().isPresent()) {
                announcement = Registration.registerAll(settings.announced().get(), discoveries);
            } else {
                LOG.log(Level.WARNING, "promcdi has service discoveries but no endpoint to announce: set "
                        + EndpointSettings.SERVER_PORT + " to start the standalone server, or "
                        + EndpointSettings.CONSUL_PORT + " (and " + EndpointSettings.CONSUL_ADDRESS + ", "
                        + EndpointSettings.CONSUL_METRICS_PATH + ") to announce the application's own /metrics resource.");
            }
        }
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        try {
            if (announcement != null) {
                announcement.deregister();
            }
        } finally {
            announcement = null;
            if (server != null) {
                server.close();
                server = null;
            }
        }
    }
}
