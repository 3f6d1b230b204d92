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
 * @param timeout the connect and read timeout of each push
 */
record PushSettings(Optional<Pusher.Builder> pusher, Optional<Duration> interval, boolean onShutdown, Duration timeout) {

    static final String PREFIX = "promcdi.pushgateway.";
    static final PushSettings NONE = new PushSettings(Optional.empty(), Optional.empty(), false, Duration.ofSeconds(5));

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
                // The value may hold credentials: it is shown without them.
                throw new IllegalArgumentException(Messages.invalidConfigValue(PREFIX + "url",
                        url.get().replaceFirst("//[^/@]*@", "//"), "an http or https URL such as http://pushgateway:9091, "
                        + "credentials in " + PREFIX + "user and " + PREFIX + "password"));
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
                            "false, because this host's address cannot be found (" + unknown.getMessage() + ")"));
                }
            }
            Optional<String> user = config.string(PREFIX + "user");
            Optional<String> password = config.string(PREFIX + "password");
            Optional<String> token = config.string(PREFIX + "bearer-token");
            if (password.isPresent() && user.isEmpty()) {
                throw new IllegalArgumentException(Messages.invalidConfigValue(PREFIX + "user", "",
                        "a user, since " + PREFIX + "password is set"));
            }
            if (user.isPresent() && token.isPresent()) {
                throw new IllegalArgumentException(Messages.invalidConfigValue(PREFIX + "bearer-token", "<set>",
                        "no token while " + PREFIX + "user is set: choose basic authentication or a token"));
            }
            user.ifPresent(name -> pusher.basicAuth(name, password.orElse("")));
            token.ifPresent(pusher::bearerToken);
            Duration timeout = config.duration(PREFIX + "timeout", Duration.ofSeconds(5));
            pusher.timeout(timeout);
            Optional<Duration> interval = config.string(PREFIX + "interval").isPresent()
                    ? Optional.of(config.duration(PREFIX + "interval", Duration.ofMinutes(1))) : Optional.empty();
            return new PushSettings(Optional.of(pusher), interval, config.flag(PREFIX + "push-on-shutdown", true), timeout);
        } catch (IllegalArgumentException invalid) {
            problems.add(invalid.getMessage());
            return NONE;
        }
    }
}
