package dev.promcdi.server.internal;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;

/**
 * Adds the bean that starts the standalone server and announces the endpoint, so this jar needs
 * no bean scanning of its own.
 */
public class ServerExtension implements Extension {

    /** Creates the extension; the container does, through the service loader. */
    public ServerExtension() {
    }

    void addLifecycle(@Observes BeforeBeanDiscovery event) {
        event.addAnnotatedType(EndpointLifecycle.class, EndpointLifecycle.class.getName());
    }
}
