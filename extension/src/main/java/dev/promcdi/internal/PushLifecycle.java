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

    private volatile Pusher pusher;
    private boolean onShutdown;
    private java.time.Duration timeout;
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
        timeout = settings.timeout();
        settings.interval().ifPresent(interval -> {
            periodic = Daemons.scheduler("promcdi-pushgateway");
            periodic.scheduleWithFixedDelay(() -> push("periodic"), interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        });
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        if (periodic != null) {
            // A periodic push still running must not land after the final one with older values.
            periodic.shutdown();
            try {
                periodic.awaitTermination(timeout.multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            periodic.shutdownNow();
            periodic = null;
        }
        if (pusher != null && onShutdown) {
            push("shutdown");
        }
    }

    private void push(String which) {
        try {
            pusher.push();
        } catch (IOException | RuntimeException failure) {
            LOG.log(Level.WARNING, "The " + which + " push failed" + ("shutdown".equals(which) ? "; shutting down anyway: "
                    : "; the next one will try again: ") + failure.getMessage(), failure);
        }
    }
}
