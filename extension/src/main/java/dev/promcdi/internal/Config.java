package dev.promcdi.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * promcdi's settings, all under {@code promcdi.}: read from MicroProfile Config when the
 * deployment has it, else from system properties, else from environment variables
 * ({@code promcdi.jvm-metrics.enabled} as {@code PROMCDI_JVM_METRICS_ENABLED}). A value that
 * does not parse fails the start with a message naming the key.
 */
final class Config {

    static final String JVM_METRICS_ENABLED = "promcdi.jvm-metrics.enabled";

    private final Function<String, Optional<String>> source;

    Config(Function<String, Optional<String>> source) {
        this.source = source;
    }

    /** The configuration of the running deployment. */
    static Config load() {
        return new Config(MicroProfileConfig.lookup().orElse(Config::systemOrEnvironment));
    }

    /**
     * A boolean setting.
     *
     * @throws IllegalArgumentException naming the key and the value when it is neither true nor false
     */
    boolean flag(String key, boolean defaultValue) {
        Optional<String> value = source.apply(key).map(String::trim);
        if (value.isEmpty()) {
            return defaultValue;
        }
        switch (value.get().toLowerCase(Locale.ROOT)) {
            case "true":
                return true;
            case "false":
                return false;
            default:
                throw new IllegalArgumentException(
                        Messages.invalidConfigValue(key, value.get(), "true or false"));
        }
    }

    static Optional<String> systemOrEnvironment(String key) {
        String value = System.getProperty(key);
        if (value == null) {
            value = System.getenv(environmentName(key));
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    /** MicroProfile Config's mapping: every character but letters and digits becomes '_'. */
    static String environmentName(String key) {
        return key.replaceAll("[^a-zA-Z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
