package dev.promcdi.internal;

import dev.promcdi.push.Pusher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Pushes the registry to the configured Pushgateway every {@code promcdi.pushgateway.interval}
 * while the application runs, and once when it stops. A failed push is logged and never holds
 * the shutdown up longer than the push timeout. Not part of the API.
 */
@ApplicationScoped
public class PushLifecycle {

    private static final System.Logger LOG = System.getLogger(PushLifecycle.class.getName());

    @Inject
    BeanManager beans;

    private Pusher pusher;
    private boolean onShutdown;
    private ScheduledExecutorService periodic;

    /** Creates the lifecycle bean; the container does. */
    public PushLifecycle() {
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        PromcdiExtension extension = beans.getExtension(PromcdiExtension.class);
        PushSettings settings = extension.pushSettings();
        if (settings.pusher().isEmpty()) {
            return;
        }
        pusher = settings.pusher().get().registry(extension.registry()).build();
        onShutdown = settings.onShutdown();
        settings.interval().ifPresent(interval -> {
            periodic = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "promcdi-pushgateway");
                thread.setDaemon(true);
                return thread;
            });
            periodic.scheduleWithFixedDelay(this::push, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        });
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        if (periodic != null) {
            periodic.shutdownNow();
            periodic = null;
        }
        if (pusher != null && onShutdown) {
            push();
        }
        pusher = null;
    }

    private void push() {
        try {
            pusher.push();
        } catch (IOException | RuntimeException failure) {
            LOG.log(Level.WARNING, failure.getMessage(), failure);
        }
    }
}
