package dev.promcdi.push.internal;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;

/**
 * Adds the beans that push to the Pushgateway and write the textfile, so this jar needs no bean
 * scanning of its own.
 */
public class PushExtension implements Extension {

    /** Creates the extension; the container does, through the service loader. */
    public PushExtension() {
    }

    void addLifecycle(@Observes BeforeBeanDiscovery event) {
        event.addAnnotatedType(PushLifecycle.class, PushLifecycle.class.getName());
        event.addAnnotatedType(TextfileLifecycle.class, TextfileLifecycle.class.getName());
    }
}
