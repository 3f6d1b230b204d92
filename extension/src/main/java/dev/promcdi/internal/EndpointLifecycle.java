package dev.promcdi.internal;

import dev.promcdi.discovery.ServiceDiscovery;
import dev.promcdi.server.MetricsHttpServer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
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
    BeanManager beans;

    @Inject
    @Any
    Instance<ServiceDiscovery> discoveryBeans;

    private MetricsHttpServer server;
    private Announcement announcement;

    /** Creates the lifecycle bean; the container does. */
    public EndpointLifecycle() {
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) throws IOException {
        PromcdiExtension extension = beans.getExtension(PromcdiExtension.class);
        EndpointSettings settings = extension.endpointSettings();
        List<ServiceDiscovery> discoveries = new ArrayList<>();
        discoveryBeans.forEach(discoveries::add);
        if (discoveries.isEmpty()) {
            settings.consul().ifPresent(discoveries::add);
        }
        if (settings.server().isPresent()) {
            MetricsHttpServer.Builder builder = settings.server().get().registry(extension.registry());
            discoveries.forEach(builder::serviceDiscovery);
            server = builder.start();
            LOG.log(Level.INFO, () -> "Serving metrics at " + server.url() + ".");
        } else if (!discoveries.isEmpty()) {
            if (settings.announced().isPresent()) {
                announcement = Announcement.announce(settings.announced().get(), discoveries);
            } else {
                LOG.log(Level.WARNING, Messages.noEndpointToAnnounce());
            }
        }
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        try {
            if (announcement != null) {
                announcement.withdraw();
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
