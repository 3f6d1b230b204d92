package dev.promcdi.push.internal;

import dev.promcdi.push.Pusher;
import dev.promcdi.spi.Settings;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code promcdi.pushgateway.*} settings, every key of this module in one place.
 *
 * @param gateway the gateway's URL
 * @param job the job the pushed metrics belong to
 * @param groupingKey the other labels of the grouping key, in order
 * @param instanceIp whether to add {@code instance=<this host's IP address>} to the grouping key
 * @param user the user of basic authentication, if any
 * @param password the password of basic authentication
 * @param bearerToken the bearer token, if any
 * @param timeout the connect and read timeout of each push
 * @param interval how often to push while running, if at all
 * @param onShutdown whether to push when the container stops
 */
record PushSettings(URI gateway, String job, Map<String, String> groupingKey, boolean instanceIp,
        Optional<String> user, String password, Optional<String> bearerToken, Duration timeout,
        Optional<Duration> interval, boolean onShutdown) {

    static final String URL = "promcdi.pushgateway.url";
    static final String JOB = "promcdi.pushgateway.job";
    static final String GROUPING_KEY = "promcdi.pushgateway.grouping-key";
    static final String INSTANCE_IP = "promcdi.pushgateway.instance-ip";
    static final String USER = "promcdi.pushgateway.user";
    static final String PASSWORD = "promcdi.pushgateway.password";
    static final String BEARER_TOKEN = "promcdi.pushgateway.bearer-token";
    static final String TIMEOUT = "promcdi.pushgateway.timeout";
    static final String INTERVAL = "promcdi.pushgateway.interval";
    static final String PUSH_ON_SHUTDOWN = "promcdi.pushgateway.push-on-shutdown";

    /**
     * Reads every key of this module; each invalid one stays in {@code settings} as a problem.
     *
     * @return the settings; empty when no gateway is configured, or when a key is invalid
     */
    static Optional<PushSettings> read(Settings settings) {
        int problemsBefore = settings.problems().size();
        Optional<String> url = settings.string(URL);
        Optional<URI> gateway = url.flatMap(value -> gateway(settings, value));
        Optional<String> job = url.isPresent() ? settings.required(JOB, "the job name the pushed metrics belong to")
                : settings.string(JOB);
        Map<String, String> groupingKey = new LinkedHashMap<>();
        for (String pair : settings.list(GROUPING_KEY)) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                settings.reject(GROUPING_KEY, pair, "label=value pairs separated by commas");
            } else {
                groupingKey.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
        }
        boolean instanceIp = settings.flag(INSTANCE_IP, false);
        if (instanceIp && url.isPresent()) {
            try {
                InetAddress.getLocalHost();
            } catch (UnknownHostException unknown) {
                settings.reject(INSTANCE_IP, "true", "false, because this host's address cannot be found ("
                        + unknown.getMessage() + ")");
            }
        }
        Optional<String> user = settings.string(USER);
        Optional<String> password = settings.string(PASSWORD);
        Optional<String> token = settings.string(BEARER_TOKEN);
        if (password.isPresent() && user.isEmpty()) {
            settings.required(USER, "a user, since " + PASSWORD + " is set");
        }
        if (user.isPresent() && token.isPresent()) {
            settings.reject(BEARER_TOKEN, "<set>", "no token while " + USER + " is set: choose basic authentication or a token");
        }
        Duration timeout = settings.duration(TIMEOUT).orElse(Duration.ofSeconds(5));
        if (timeout.toMillis() > Integer.MAX_VALUE) {
            settings.reject(TIMEOUT, settings.string(TIMEOUT).orElseThrow(), "at most 596h, the longest socket timeout");
            timeout = Duration.ofSeconds(5);
        }
        Optional<Duration> interval = settings.duration(INTERVAL);
        boolean onShutdown = settings.flag(PUSH_ON_SHUTDOWN, true);
        if (gateway.isEmpty() || job.isEmpty() || settings.problems().size() > problemsBefore) {
            return Optional.empty();
        }
        return Optional.of(new PushSettings(gateway.get(), job.get(), Collections.unmodifiableMap(groupingKey), instanceIp, user,
                password.orElse(""), token, timeout, interval, onShutdown));
    }

    /** The pusher of these settings, pushing {@code registry}. */
    Pusher pusher(PrometheusRegistry registry) throws UnknownHostException {
        Pusher.Builder pusher = Pusher.builder().gateway(gateway).job(job).registry(registry).timeout(timeout);
        groupingKey.forEach(pusher::groupingKey);
        if (instanceIp) {
            pusher.instanceIpGroupingKey();
        }
        user.ifPresent(name -> pusher.basicAuth(name, password));
        bearerToken.ifPresent(pusher::bearerToken);
        return pusher.build();
    }

    /** The settings without their secrets, which never reach a log line. */
    @Override
    public String toString() {
        return "PushSettings[gateway=" + gateway + ", job=" + job + ", groupingKey=" + groupingKey + ", instanceIp="
                + instanceIp + ", user=" + user + ", password=<hidden>, bearerToken=" + bearerToken.map(t -> "<hidden>")
                + ", timeout=" + timeout + ", interval=" + interval + ", onShutdown=" + onShutdown + "]";
    }

    private static Optional<URI> gateway(Settings settings, String url) {
        try {
            URI gateway = URI.create(url);
            Pusher.builder().gateway(gateway); // checks it as the pusher will
            return Optional.of(gateway);
        } catch (IllegalArgumentException invalid) {
            // The value may hold credentials: it is shown without them.
            settings.reject(URL, url.replaceFirst("//.*@", "//"), "an http or https URL such as "
                    + "http://pushgateway:9091, credentials in " + USER + " and " + PASSWORD);
            return Optional.empty();
        }
    }
}
