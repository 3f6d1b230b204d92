package dev.promcdi.push.internal;

import dev.promcdi.push.Pusher;
import dev.promcdi.spi.Deployment;
import dev.promcdi.spi.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Pushes the registry to the configured Pushgateway every {@code promcdi.pushgateway.interval}
 * while the application runs, and once when it stops. A failed push is logged, and shutdown goes
 * on. Not part of the API.
 */
@ApplicationScoped
public class PushLifecycle {

    private static final System.Logger LOG = System.getLogger(PushLifecycle.class.getName());

    private volatile Pusher pusher;
    private boolean onShutdown;
    private Duration timeout;
    private ScheduledExecutorService periodic;

    /** Creates the lifecycle bean; the container does. */
    public PushLifecycle() {
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started, Deployment deployment) throws IOException {
        // Checked with every module's settings when the deployment was validated; checked again in
        // case they changed since, never started half-configured.
        Settings read = Settings.load();
        Optional<PushSettings> settings = PushSettings.read(read);
        read.throwIfInvalid();
        if (settings.isEmpty()) {
            return;
        }
        pusher = settings.get().pusher(deployment.registry());
        onShutdown = settings.get().onShutdown();
        timeout = settings.get().timeout();
        settings.get().interval().ifPresent(interval -> {
            periodic = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "promcdi-pushgateway");
                thread.setDaemon(true); // never keeps the JVM alive
                return thread;
            });
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
