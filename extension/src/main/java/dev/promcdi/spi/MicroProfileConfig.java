package dev.promcdi.spi;

import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The MicroProfile Config source, when the deployment has an implementation. This class is the
 * only one that touches the optional MicroProfile API, and only after checking it is there.
 */
final class MicroProfileConfig {

    private MicroProfileConfig() {
    }

    static Optional<Function<String, Optional<String>>> lookup() {
        try {
            Class.forName("org.eclipse.microprofile.config.ConfigProvider", false,
                    MicroProfileConfig.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError absent) {
            return Optional.empty();
        }
        try {
            org.eclipse.microprofile.config.Config config = ConfigProvider.getConfig();
            return Optional.of(key -> config.getOptionalValue(key, String.class));
        } catch (IllegalStateException | java.util.ServiceConfigurationError noImplementation) {
            return Optional.empty();
        }
    }
}
