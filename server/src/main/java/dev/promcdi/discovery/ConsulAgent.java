package dev.promcdi.discovery;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * Registers the metrics endpoint with the local Consul agent, with an HTTP check on the metrics
 * URL, so Prometheus finds every instance through {@code consul_sd_configs}. Like
 * prometheus-async's {@code ConsulAgent}, plus what running it for real needs:
 *
 * <ul>
 *   <li>an agent that is down or failing at start does not stop the application: registration is
 *       retried in the background with exponential backoff, unless {@linkplain Builder#required
 *       required};
 *   <li>an agent that lost the registration (restarted) is noticed by a periodic look and
 *       registered with again;
 *   <li>deregistration at shutdown is bounded by the request timeout;
 *   <li>the token is sent as {@code X-Consul-Token} and never logged.
 * </ul>
 *
 * <pre>{@code
 * @Produces
 * ServiceDiscovery consul = ConsulAgent.builder().name("orders").tags("eu", "prod").build();
 * }</pre>
 */
public final class ConsulAgent implements ServiceDiscovery {

    /** The agent address when none is given. */
    public static final URI DEFAULT_AGENT = URI.create("http://127.0.0.1:8500");

    final URI agent;
    final String name;
    final Optional<String> serviceId;
    final List<String> tags;
    final Optional<String> token;
    final boolean deregister;
    final boolean required;
    final Map<String, String> meta;
    final Duration checkInterval;
    final Duration checkTimeout;
    final Optional<String> checkPath;
    final Optional<Duration> deregisterCriticalServiceAfter;
    final Duration requestTimeout;
    final Duration initialBackoff;
    final Duration maxBackoff;
    final Duration recheckInterval;
    private final Optional<SSLContext> sslContext;

    private ConsulAgent(Builder builder) {
        agent = builder.agent;
        name = builder.name;
        serviceId = builder.serviceId;
        tags = List.copyOf(builder.tags);
        token = builder.token;
        deregister = builder.deregister;
        required = builder.required;
        meta = Map.copyOf(builder.meta);
        checkInterval = builder.checkInterval;
        checkTimeout = builder.checkTimeout;
        checkPath = builder.checkPath;
        deregisterCriticalServiceAfter = builder.deregisterCriticalServiceAfter;
        requestTimeout = builder.requestTimeout;
        initialBackoff = builder.initialBackoff;
        maxBackoff = builder.maxBackoff;
        recheckInterval = builder.recheckInterval;
        sslContext = builder.sslContext;
    }

    /**
     * Starts a configuration with the defaults: agent {@code http://127.0.0.1:8500}, name
     * {@code app-metrics}, deregistration at shutdown, not required.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Registers {@code endpoint}: one attempt now, then in the background until it succeeds.
     *
     * @throws IllegalStateException when the agent refused or did not answer and the agent is
     *     {@linkplain Builder#required required}; the message names the agent and the cause
     */
    @Override
    public Registration register(MetricsEndpoint endpoint) {
        ConsulRegistration registration = new ConsulRegistration(this, endpoint, serviceIdFor(endpoint));
        registration.start();
        return registration;
    }

    /** A client for one registration; made per registration, so that an agent never used starts no thread. */
    HttpClient newClient() {
        HttpClient.Builder http = HttpClient.newBuilder().connectTimeout(requestTimeout);
        sslContext.ifPresent(http::sslContext);
        return http.build();
    }

    /** The configured service id, else one unique per instance: name, host and port. */
    String serviceIdFor(MetricsEndpoint endpoint) {
        return serviceId.orElseGet(() -> name + "-" + endpoint.host() + "-" + endpoint.port());
    }

    /** The body of {@code PUT /v1/agent/service/register}. */
    String registrationPayload(MetricsEndpoint endpoint) {
        Map<String, Object> allMeta = new LinkedHashMap<>();
        allMeta.put("metrics_path", endpoint.path());
        allMeta.put("scheme", endpoint.scheme());
        allMeta.putAll(meta);
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("HTTP", checkPath.map(endpoint::urlOf).orElseGet(endpoint::url));
        check.put("Interval", goDuration(checkInterval));
        check.put("Timeout", goDuration(checkTimeout));
        deregisterCriticalServiceAfter.ifPresent(after -> check.put("DeregisterCriticalServiceAfter", goDuration(after)));
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("ID", serviceIdFor(endpoint));
        service.put("Name", name);
        service.put("Tags", tags);
        service.put("Address", endpoint.host());
        service.put("Port", endpoint.port());
        service.put("Meta", allMeta);
        service.put("Check", check);
        return Json.write(service);
    }

    /** A duration as Consul reads it: {@code 10s}, {@code 500ms}. */
    static String goDuration(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }

    /** A path segment, percent-encoded: everything but unreserved characters. */
    static String pathSegment(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /** The settings of a {@link ConsulAgent}; every one has a default. */
    public static final class Builder {

        private URI agent = DEFAULT_AGENT;
        private String name = "app-metrics";
        private Optional<String> serviceId = Optional.empty();
        private List<String> tags = new ArrayList<>();
        private Optional<String> token = Optional.empty();
        private boolean deregister = true;
        private boolean required;
        private Map<String, String> meta = new LinkedHashMap<>();
        private Duration checkInterval = Duration.ofSeconds(10);
        private Duration checkTimeout = Duration.ofSeconds(5);
        private Optional<String> checkPath = Optional.empty();
        private Optional<Duration> deregisterCriticalServiceAfter = Optional.empty();
        private Duration requestTimeout = Duration.ofSeconds(2);
        private Duration initialBackoff = Duration.ofSeconds(1);
        private Duration maxBackoff = Duration.ofSeconds(30);
        private Duration recheckInterval = Duration.ofSeconds(30);
        private Optional<SSLContext> sslContext = Optional.empty();

        private Builder() {
        }

        /**
         * The agent's HTTP API, {@code http://127.0.0.1:8500} by default; https is allowed.
         *
         * @param agent the agent's base URI
         * @return this builder
         */
        public Builder agent(URI agent) {
            String scheme = Objects.requireNonNull(agent, "The agent URI is null.").getScheme();
            if (!"http".equals(scheme) && !"https".equals(scheme)) {
                throw new IllegalArgumentException("Agent URI " + agent + " is not http or https; use for example "
                        + DEFAULT_AGENT + ".");
            }
            this.agent = agent;
            return this;
        }

        /**
         * The service name, {@code app-metrics} by default.
         *
         * @param name the Consul service name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = requireText(name, "service name");
            return this;
        }

        /**
         * The service id; by default name, host and port, so instances never overwrite each other.
         *
         * @param serviceId the Consul service id
         * @return this builder
         */
        public Builder serviceId(String serviceId) {
            this.serviceId = Optional.of(requireText(serviceId, "service id"));
            return this;
        }

        /**
         * Tags of the service.
         *
         * @param tags the tags
         * @return this builder
         */
        public Builder tags(String... tags) {
            this.tags = new ArrayList<>(List.of(tags));
            return this;
        }

        /**
         * The ACL token, sent as {@code X-Consul-Token}; none by default. Never logged.
         *
         * @param token the token
         * @return this builder
         */
        public Builder token(String token) {
            this.token = Optional.of(requireText(token, "token"));
            return this;
        }

        /**
         * Whether to deregister at shutdown; true by default.
         *
         * @param deregister false to leave the service registered
         * @return this builder
         */
        public Builder deregister(boolean deregister) {
            this.deregister = deregister;
            return this;
        }

        /**
         * Whether the application must not start unless the first registration succeeds; false by
         * default, which retries in the background.
         *
         * @param required true to fail the start when the agent is down or refuses
         * @return this builder
         */
        public Builder required(boolean required) {
            this.required = required;
            return this;
        }

        /**
         * Extra service metadata, besides {@code metrics_path} and {@code scheme}, which promcdi
         * always sends for Prometheus relabelling.
         *
         * @param key the key
         * @param value the value
         * @return this builder
         */
        public Builder meta(String key, String value) {
            meta.put(requireText(key, "meta key"), Objects.requireNonNull(value, "The meta value is null."));
            return this;
        }

        /**
         * How often Consul checks the metrics URL, 10 s by default, and how long it waits, 5 s.
         *
         * @param interval the check interval
         * @param timeout the check timeout
         * @return this builder
         */
        public Builder check(Duration interval, Duration timeout) {
            this.checkInterval = positive(interval, "check interval");
            this.checkTimeout = positive(timeout, "check timeout");
            return this;
        }

        /**
         * The path Consul's HTTP check requests on the endpoint's server, instead of the metrics
         * path: for a metrics path that needs credentials, which the check does not send (the
         * standalone server's {@code /-/healthy} needs none).
         *
         * @param path a path starting with {@code /}
         * @return this builder
         */
        public Builder checkPath(String path) {
            Objects.requireNonNull(path, "The check path is null.");
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("Check path '" + path + "' must start with '/', such as /-/healthy.");
            }
            this.checkPath = Optional.of(path);
            return this;
        }

        /**
         * After how long in critical state Consul removes the service by itself; never by default.
         *
         * @param after at least one minute, as Consul requires
         * @return this builder
         */
        public Builder deregisterCriticalServiceAfter(Duration after) {
            if (positive(after, "deregister-critical-service-after").compareTo(Duration.ofMinutes(1)) < 0) {
                throw new IllegalArgumentException("DeregisterCriticalServiceAfter " + after
                        + " is shorter than Consul's minimum of one minute.");
            }
            this.deregisterCriticalServiceAfter = Optional.of(after);
            return this;
        }

        /**
         * The timeout of each call to the agent, 2 s by default: it also bounds deregistration at
         * shutdown.
         *
         * @param timeout the timeout
         * @return this builder
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive(timeout, "request timeout");
            return this;
        }

        /**
         * The backoff between failed registration attempts: doubles from {@code initial} up to
         * {@code max}; 1 s and 30 s by default.
         *
         * @param initial the first wait
         * @param max the longest wait
         * @return this builder
         */
        public Builder retryBackoff(Duration initial, Duration max) {
            this.initialBackoff = positive(initial, "initial backoff");
            this.maxBackoff = positive(max, "maximum backoff");
            return this;
        }

        /**
         * How often the agent is asked whether it still knows the service, 30 s by default: an
         * agent that restarted and lost it gets it again within this time.
         *
         * @param interval the interval
         * @return this builder
         */
        public Builder recheckInterval(Duration interval) {
            this.recheckInterval = positive(interval, "recheck interval");
            return this;
        }

        /**
         * The TLS settings for an https agent; the JDK's defaults otherwise.
         *
         * @param sslContext the TLS context
         * @return this builder
         */
        public Builder sslContext(SSLContext sslContext) {
            this.sslContext = Optional.of(Objects.requireNonNull(sslContext, "The SSL context is null."));
            return this;
        }

        /**
         * Builds the agent client.
         *
         * @return the service discovery
         */
        public ConsulAgent build() {
            return new ConsulAgent(this);
        }

        private static String requireText(String value, String what) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("The " + what + " is empty; give a value.");
            }
            return value;
        }

        private static Duration positive(Duration value, String what) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("The " + what + " " + value + " is not positive; give a duration above 0.");
            }
            return value;
        }
    }
}
