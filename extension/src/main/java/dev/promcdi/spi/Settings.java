package dev.promcdi.spi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reading of promcdi's settings, all under {@code promcdi.}: from MicroProfile Config when
 * the deployment has it, else from system properties, else from environment variables
 * ({@code promcdi.jvm-metrics.enabled} as {@code PROMCDI_JVM_METRICS_ENABLED}).
 *
 * <p>A value that does not parse is not thrown at the reader: it is kept as a {@linkplain
 * #problems() problem} naming the key, the value and what is expected, and the reader gets the
 * default. So a module reads all its keys in one go, and every invalid key of a deployment, of
 * every module, is reported together ({@link SettingsCheck}).
 *
 * <pre>{@code
 * Settings settings = Settings.load();
 * int port = settings.port("promcdi.server.port", true).orElse(9100);
 * settings.throwIfInvalid();
 * }</pre>
 */
public final class Settings {

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

    private final Function<String, Optional<String>> source;
    private final List<String> problems = new ArrayList<>();

    private Settings(Function<String, Optional<String>> source) {
        this.source = source;
    }

    /**
     * Reads the settings of the running deployment.
     *
     * @return a new reading, without problems yet
     */
    public static Settings load() {
        return new Settings(MicroProfileConfig.lookup().orElse(Settings::systemOrEnvironment));
    }

    /**
     * Reads settings from {@code values} alone, as tests and programs without configuration do.
     *
     * @param values the values by key
     * @return a new reading, without problems yet
     */
    public static Settings of(Map<String, String> values) {
        Map<String, String> copy = Map.copyOf(values);
        return new Settings(key -> Optional.ofNullable(copy.get(key)));
    }

    /**
     * A text setting, trimmed.
     *
     * @param key the key
     * @return the value; empty when absent or blank
     */
    public Optional<String> string(String key) {
        return source.apply(key).map(String::trim).filter(value -> !value.isEmpty());
    }

    /**
     * A secret, such as a password hash or a token: the value of {@code key}, or the content of the
     * file that {@code key-file} names (trimmed, as Kubernetes mounts secrets and Prometheus reads
     * {@code credentials_file}). Problems never show the secret: they name the key or the file.
     *
     * @param key the key; {@code key + "-file"} is the key of the file
     * @return the secret; empty when neither key is set, or with a problem when both are, or the file cannot be read
     */
    public Optional<String> secret(String key) {
        String fileKey = key + "-file";
        Optional<String> value = string(key);
        Optional<String> file = string(fileKey);
        if (file.isEmpty()) {
            return value;
        }
        if (value.isPresent()) {
            problems.add("Configuration keys " + key + " and " + fileKey + " are both set: set one of them.");
            return Optional.empty();
        }
        try {
            String content = Files.readString(Path.of(file.get())).trim();
            if (content.isEmpty()) {
                problems.add("The file " + file.get() + " named by configuration key " + fileKey
                        + " is empty: write the secret into it.");
                return Optional.empty();
            }
            return Optional.of(content);
        } catch (IOException | InvalidPathException unreadable) {
            problems.add("The file " + file.get() + " named by configuration key " + fileKey + " cannot be read ("
                    + unreadable.getClass().getSimpleName() + "): check the path and that the application may read it.");
            return Optional.empty();
        }
    }

    /**
     * A text setting that must be there.
     *
     * @param key the key
     * @param expected what the value is, for the problem: "the job name the pushed metrics belong to"
     * @return the value; empty, with a problem saying the key is required, when absent
     */
    public Optional<String> required(String key, String expected) {
        Optional<String> value = string(key);
        if (value.isEmpty()) {
            problems.add("Configuration key " + key + " is required: set it to " + expected + ".");
        }
        return value;
    }

    /**
     * A boolean setting, {@code true} or {@code false} in any case.
     *
     * @param key the key
     * @param defaultValue the value when the key is absent or invalid
     * @return the value
     */
    public boolean flag(String key, boolean defaultValue) {
        Optional<String> value = string(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        switch (value.get().toLowerCase(Locale.ROOT)) {
            case "true":
                return true;
            case "false":
                return false;
            default:
                reject(key, value.get(), "true or false");
                return defaultValue;
        }
    }

    /**
     * A port number, 1 to 65535, or 0 too when {@code ephemeralAllowed}.
     *
     * @param key the key
     * @param ephemeralAllowed whether 0 (any free port) is allowed
     * @return the port; empty when absent or invalid
     */
    public Optional<Integer> port(String key, boolean ephemeralAllowed) {
        int min = ephemeralAllowed ? 0 : 1;
        return integer(key, min, 65535,
                "a port number from " + min + " to 65535" + (ephemeralAllowed ? ", 0 for any free port" : ""));
    }

    /**
     * A whole number above 0.
     *
     * @param key the key
     * @param defaultValue the value when the key is absent or invalid
     * @return the value
     */
    public int positive(String key, int defaultValue) {
        return integer(key, 1, Integer.MAX_VALUE, "a whole number above 0").orElse(defaultValue);
    }

    /**
     * A positive duration written as Consul writes them: {@code 500ms}, {@code 10s}, {@code 1m}, {@code 1h}.
     *
     * @param key the key
     * @return the duration; empty when absent or invalid
     */
    public Optional<Duration> duration(String key) {
        Optional<String> value = string(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Matcher matcher = DURATION.matcher(value.get());
        try {
            long amount = matcher.matches() ? Long.parseLong(matcher.group(1)) : 0;
            if (amount > 0) {
                return Optional.of(switch (matcher.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    default -> Duration.ofHours(amount);
                });
            }
        } catch (NumberFormatException | ArithmeticException tooLong) {
            // reported below
        }
        reject(key, value.get(), "a positive duration such as 500ms, 10s, 1m or 1h");
        return Optional.empty();
    }

    /**
     * A comma-separated list, each element trimmed, empty elements dropped.
     *
     * @param key the key
     * @return the elements; empty when absent
     */
    public List<String> list(String key) {
        return string(key).map(value -> Arrays.stream(value.split(",")).map(String::trim)
                .filter(element -> !element.isEmpty()).toList()).orElse(List.of());
    }

    /**
     * Histogram bucket bounds: finite numbers in increasing order, comma-separated.
     *
     * @param key the key
     * @return the bounds; empty when absent or invalid
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
            reject(key, string(key).orElseThrow(), "finite upper bounds in seconds, in increasing order, such as 0.01,0.1,1,10");
            return Optional.empty();
        }
    }

    /**
     * One of a few words.
     *
     * @param key the key
     * @param defaultValue the value when the key is absent or invalid
     * @param allowed the words allowed
     * @return the value
     */
    public String oneOf(String key, String defaultValue, String... allowed) {
        Optional<String> value = string(key);
        if (value.isPresent() && !Arrays.asList(allowed).contains(value.get())) {
            reject(key, value.get(), String.join(" or ", allowed));
            return defaultValue;
        }
        return value.orElse(defaultValue);
    }

    /**
     * Records that {@code value} of {@code key} cannot be used, for what a typed read cannot tell:
     * a value that contradicts another key, a file that cannot be read.
     *
     * @param key the key
     * @param value the value as it may be shown; never a secret
     * @param expected what would be accepted, and how to get there
     */
    public void reject(String key, String value, String expected) {
        problems.add("Invalid value '" + value + "' for configuration key " + key + ": expected " + expected + ".");
    }

    /**
     * Keeps a problem with a secret's value without showing it.
     *
     * @param key the key of the secret (or of the file that holds it)
     * @param expected what a valid value is
     */
    public void rejectSecret(String key, String expected) {
        problems.add("The value of configuration key " + key + " is invalid (not shown, it is a secret): expected "
                + expected + ".");
    }

    /**
     * Keeps a problem of several keys together, such as two that exclude each other.
     *
     * @param sentence the problem, a full sentence naming the keys and the way out
     */
    public void problem(String sentence) {
        problems.add(sentence);
    }

    /**
     * The problems found so far, in the order read.
     *
     * @return one sentence per invalid or missing key
     */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /**
     * Fails when any value read so far was invalid, for readers outside a CDI deployment.
     *
     * @throws IllegalStateException naming every problem
     */
    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("promcdi cannot start: " + String.join(" ", problems));
        }
    }

    /** A whole number from {@code min} to {@code max}, or a problem naming the key, the value and {@code expected}. */
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
        reject(key, value.get(), expected);
        return Optional.empty();
    }

    static Optional<String> systemOrEnvironment(String key) {
        String value = System.getProperty(key);
        if (value == null) {
            value = System.getenv(environmentName(key));
        }
        return Optional.ofNullable(value);
    }

    /** MicroProfile Config's mapping: every character but letters and digits becomes '_'. */
    static String environmentName(String key) {
        return key.replaceAll("[^a-zA-Z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
