package dev.promcdi.push.internal;

import dev.promcdi.push.Textfile;
import dev.promcdi.spi.Deployment;
import dev.promcdi.spi.Settings;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes the registry to {@code promcdi.textfile.path} when the application stops, for
 * node_exporter's textfile collector. A failed write is logged, and shutdown goes on. Not part of
 * the API.
 */
@ApplicationScoped
public class TextfileLifecycle {

    /** The {@code .prom} file written at shutdown. */
    static final String PATH = "promcdi.textfile.path";

    private static final System.Logger LOG = System.getLogger(TextfileLifecycle.class.getName());

    private Path file;
    private PrometheusRegistry registry;

    /** Creates the lifecycle bean; the container does. */
    public TextfileLifecycle() {
    }

    /** Reads {@value #PATH}, keeping a problem when it does not name a {@code .prom} file in an existing directory. */
    static Optional<Path> read(Settings settings) {
        Optional<String> value = settings.string(PATH);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(value.get()).toAbsolutePath();
            if (!path.getFileName().toString().endsWith(".prom")) {
                settings.reject(PATH, value.get(), "a file ending in .prom, which node_exporter's textfile collector reads");
            } else if (!path.getParent().toFile().isDirectory()) {
                settings.reject(PATH, value.get(), "a file in an existing directory, such as node_exporter's "
                        + "--collector.textfile.directory");
            } else {
                return Optional.of(path);
            }
        } catch (RuntimeException invalid) {
            settings.reject(PATH, value.get(), "a file path ending in .prom");
        }
        return Optional.empty();
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started, Deployment deployment) {
        Settings settings = Settings.load();
        file = read(settings).orElse(null);
        settings.throwIfInvalid(); // checked at validation already; never started half-configured
        registry = deployment.registry();
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        if (file == null) {
            return;
        }
        try {
            Textfile.write(registry, file);
        } catch (IOException | RuntimeException failure) {
            LOG.log(Level.WARNING, "Writing the metrics to " + file + " failed; shutting down anyway: " + failure.getMessage(),
                    failure);
        }
    }
}
