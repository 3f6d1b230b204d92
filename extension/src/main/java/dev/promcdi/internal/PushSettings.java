package dev.promcdi.internal;

import dev.promcdi.push.Pusher;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The {@code promcdi.pushgateway.*} settings, read and checked at deployment.
 *
 * @param pusher the configured pusher, without its registry yet, if a gateway URL is set
 * @param interval how often to push while running, if at all
 * @param onShutdown whether to push when the container stops
 */
record PushSettings(Optional<Pusher.Builder> pusher, Optional<Duration> interval, boolean onShutdown) {

    static final String PREFIX = "promcdi.pushgateway.";
    static final PushSettings NONE = new PushSettings(Optional.empty(), Optional.empty(), false);

    /** Reads the settings; an invalid value adds a problem naming its key. */
    static PushSettings read(Config config, List<String> problems) {
        try {
            Optional<String> url = config.string(PREFIX + "url");
            if (url.isEmpty()) {
                return NONE;
            }
            Pusher.Builder pusher = Pusher.builder();
            try {
                pusher.gateway(URI.create(url.get()));
            } catch (IllegalArgumentException invalid) {
                throw new IllegalArgumentException(Messages.invalidConfigValue(PREFIX + "url", url.get(),
                        "an http or https URL such as http://pushgateway:9091"));
            }
            pusher.job(config.string(PREFIX + "job").orElseThrow(() -> new IllegalArgumentException(
                    Messages.invalidConfigValue(PREFIX + "job", "", "the job name the pushed metrics belong to"))));
            for (String pair : config.list(PREFIX + "grouping-key")) {
                int equals = pair.indexOf('=');
                if (equals <= 0) {
                    throw new IllegalArgumentException(Messages.invalidConfigValue(PREFIX + "grouping-key", pair,
                            "label=value pairs separated by commas"));
                }
                pusher.groupingKey(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
            if (config.flag(PREFIX + "instance-ip", false)) {
                try {
                    pusher.instanceIpGroupingKey();
                } catch (UnknownHostException unknown) {
                    throw new IllegalArgumentException(Messages.invalidConfigValue(PREFIX + "instance-ip", "true",
                            "false on a host whose address cannot be found (" + unknown.getMessage() + ")"));
                }
            }
            Optional<String> user = config.string(PREFIX + "user");
            if (user.isPresent()) {
                pusher.basicAuth(user.get(), config.string(PREFIX + "password").orElse(""));
            }
            config.string(PREFIX + "bearer-token").ifPresent(pusher::bearerToken);
            pusher.timeout(config.duration(PREFIX + "timeout", Duration.ofSeconds(5)));
            Optional<Duration> interval = config.string(PREFIX + "interval").isPresent()
                    ? Optional.of(config.duration(PREFIX + "interval", Duration.ofMinutes(1))) : Optional.empty();
            return new PushSettings(Optional.of(pusher), interval, config.flag(PREFIX + "push-on-shutdown", true));
        } catch (IllegalArgumentException invalid) {
            problems.add(invalid.getMessage());
            return NONE;
        }
    }
}
