package dev.promcdi.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * promcdi's settings (not part of the API), all under {@code promcdi.}: read from MicroProfile Config when the
 * deployment has it, else from system properties, else from environment variables
 * ({@code promcdi.jvm-metrics.enabled} as {@code PROMCDI_JVM_METRICS_ENABLED}). A value that
 * does not parse fails the start with a message naming the key.
 */
public final class Config {

    static final String JVM_METRICS_ENABLED = "promcdi.jvm-metrics.enabled";

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

    private final Function<String, Optional<String>> source;

    Config(Function<String, Optional<String>> source) {
        this.source = source;
    }

    /**
     * The configuration of the running deployment.
     *
     * @return the configuration
     */
    public static Config load() {
        return new Config(MicroProfileConfig.lookup().orElse(Config::systemOrEnvironment));
    }

    /**
     * A boolean setting.
     *
     * @param key the key
     * @param defaultValue the value when the key is not set
     * @return the value
     * @throws IllegalArgumentException naming the key and the value when it is neither true nor false
     */
    public boolean flag(String key, boolean defaultValue) {
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

    /** A text setting, trimmed; empty when absent or blank. */
    public Optional<String> string(String key) {
        return source.apply(key).map(String::trim).filter(value -> !value.isEmpty());
    }

    /**
     * A port setting, 1 to 65535 (or 0 when {@code ephemeralAllowed}).
     *
     * @throws IllegalArgumentException naming the key and the value when it is not such a number
     */
    Optional<Integer> port(String key, boolean ephemeralAllowed) {
        int min = ephemeralAllowed ? 0 : 1;
        return integer(key, min, 65535,
                "a port number from " + min + " to 65535" + (ephemeralAllowed ? ", 0 for any free port" : ""));
    }

    /**
     * A duration setting written as Consul writes them: {@code 500ms}, {@code 10s}, {@code 1m}, {@code 1h}.
     *
     * @throws IllegalArgumentException naming the key and the value when it does not parse
     */
    Duration duration(String key, Duration defaultValue) {
        Optional<String> value = string(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        Matcher matcher = DURATION.matcher(value.get());
        if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
            throw new IllegalArgumentException(Messages.invalidConfigValue(key, value.get(),
                    "a positive duration such as 500ms, 10s, 1m or 1h"));
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }

    /** A comma-separated list setting, each element trimmed, empty elements dropped. */
    public List<String> list(String key) {
        return string(key).map(value -> Arrays.stream(value.split(",")).map(String::trim)
                .filter(element -> !element.isEmpty()).toList()).orElse(List.of());
    }

    /**
     * A positive whole number.
     *
     * @throws IllegalArgumentException naming the key and the value when it is not one
     */
    public int positive(String key, int defaultValue) {
        return integer(key, 1, Integer.MAX_VALUE, "a whole number above 0").orElse(defaultValue);
    }

    /** A whole number from {@code min} to {@code max}, or a failure naming the key, the value and {@code expected}. */
    private Optional<Integer> integer(String key, int min, int max, String expected) {
        Optional<String> value = string(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            int number = Integer.parseInt(value.get());
            if (number >= min && number <= max) {
                return Optional.of(number);
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new IllegalArgumentException(Messages.invalidConfigValue(key, value.get(), expected));
    }

    /**
     * Histogram buckets: finite numbers in increasing order, comma-separated.
     *
     * @throws IllegalArgumentException naming the key and the value when they are not
     */
    public Optional<double[]> buckets(String key) {
        List<String> values = list(key);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        try {
            double[] buckets = values.stream().mapToDouble(Double::parseDouble).toArray();
            for (int i = 0; i < buckets.length; i++) {
                if (!Double.isFinite(buckets[i]) || i > 0 && buckets[i] <= buckets[i - 1]) {
                    throw new NumberFormatException();
                }
            }
            return Optional.of(buckets);
        } catch (NumberFormatException invalid) {
            throw new IllegalArgumentException(Messages.invalidConfigValue(key, string(key).orElseThrow(),
                    "finite upper bounds in seconds, in increasing order, such as 0.01,0.1,1,10"));
        }
    }

    /**
     * One of a few words.
     *
     * @throws IllegalArgumentException naming the key and the value when it is none of them
     */
    public String oneOf(String key, String defaultValue, String... allowed) {
        String value = string(key).orElse(defaultValue);
        if (!Arrays.asList(allowed).contains(value)) {
            throw new IllegalArgumentException(Messages.invalidConfigValue(key, value, String.join(" or ", allowed)));
        }
        return value;
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
