package dev.promcdi.server.internal;

import dev.promcdi.discovery.ConsulAgent;
import dev.promcdi.discovery.MetricsEndpoint;
import dev.promcdi.discovery.ServiceDiscovery;
import dev.promcdi.endpoint.ScrapeAccess;
import dev.promcdi.server.MetricsHttpServer;
import dev.promcdi.spi.Settings;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The settings of the standalone server and of Consul, every key of this module in one place.
 *
 * @param server the standalone server to start, if {@code promcdi.server.port} is set
 * @param consul the Consul agent of {@code promcdi.consul.*}, if enabled
 * @param announced what to announce when there is no standalone server: the application's own
 *     metrics resource, if {@code promcdi.consul.port} is set
 */
record EndpointSettings(Optional<Server> server, Optional<ConsulAgent> consul, Optional<MetricsEndpoint> announced) {

    static final String SERVER_PORT = "promcdi.server.port";
    static final String SERVER_ADDRESS = "promcdi.server.address";
    static final String SERVER_KEYSTORE = "promcdi.server.keystore";
    static final String SERVER_KEYSTORE_PASSWORD = "promcdi.server.keystore-password";
    /** The prefix of the standalone server's credentials: {@code .basic.user}, {@code .basic.password-hash}, {@code .bearer.token}. */
    static final String SERVER_AUTH = "promcdi.server.auth";
    static final String CONSUL_ENABLED = "promcdi.consul.enabled";
    static final String CONSUL_AGENT_URL = "promcdi.consul.agent-url";
    static final String CONSUL_SERVICE_NAME = "promcdi.consul.service-name";
    static final String CONSUL_SERVICE_ID = "promcdi.consul.service-id";
    static final String CONSUL_TAGS = "promcdi.consul.tags";
    static final String CONSUL_TOKEN = "promcdi.consul.token";
    static final String CONSUL_DEREGISTER = "promcdi.consul.deregister";
    static final String CONSUL_REQUIRED = "promcdi.consul.required";
    static final String CONSUL_CHECK_INTERVAL = "promcdi.consul.check-interval";
    static final String CONSUL_CHECK_TIMEOUT = "promcdi.consul.check-timeout";
    static final String CONSUL_CHECK_PATH = "promcdi.consul.check-path";
    static final String CONSUL_DEREGISTER_AFTER = "promcdi.consul.deregister-critical-service-after";
    static final String CONSUL_ADDRESS = "promcdi.consul.address";
    static final String CONSUL_PORT = "promcdi.consul.port";
    static final String CONSUL_METRICS_PATH = "promcdi.consul.metrics-path";
    static final String CONSUL_SCHEME = "promcdi.consul.scheme";

    /**
     * The standalone server's settings.
     *
     * @param port the port, 0 for any free one
     * @param address the address to listen on, empty for all interfaces
     * @param tls the TLS context of https, if a key store is configured
     * @param advertisedHost the host announced, if configured
     * @param access who may read the metrics
     */
    record Server(int port, String address, Optional<SSLContext> tls, Optional<String> advertisedHost,
            ScrapeAccess access) {

        /** Starts the server on {@code registry}, announced to {@code discoveries}. */
        MetricsHttpServer start(PrometheusRegistry registry, List<ServiceDiscovery> discoveries) throws IOException {
            MetricsHttpServer.Builder builder = MetricsHttpServer.builder().port(port).address(address).registry(registry)
                    .access(access);
            tls.ifPresent(builder::sslContext);
            advertisedHost.ifPresent(builder::advertisedHost);
            discoveries.forEach(builder::serviceDiscovery);
            return builder.start();
        }
    }

    /** Reads every key of this module; each invalid one stays in {@code settings} as a problem. */
    static EndpointSettings read(Settings settings) {
        Optional<String> advertisedHost = settings.string(CONSUL_ADDRESS);
        ScrapeAccess access = ScrapeAccess.fromSettings(settings, SERVER_AUTH, null);
        Optional<Server> server = settings.port(SERVER_PORT, true).map(port -> new Server(port,
                settings.string(SERVER_ADDRESS).orElse(""), tls(settings), advertisedHost, access));
        boolean protectedServer = server.isPresent() && !access.isOpen();
        return new EndpointSettings(server, consul(settings, protectedServer), announced(settings, advertisedHost));
    }

    private static Optional<SSLContext> tls(Settings settings) {
        Optional<String> keystore = settings.string(SERVER_KEYSTORE);
        if (keystore.isEmpty()) {
            return Optional.empty();
        }
        char[] password = settings.secret(SERVER_KEYSTORE_PASSWORD).orElse("").toCharArray();
        try {
            KeyStore store = KeyStore.getInstance(new File(keystore.get()), password);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return Optional.of(context);
        } catch (Exception e) {
            settings.reject(SERVER_KEYSTORE, keystore.get(), "a PKCS12 or JKS file that opens with the password in "
                    + SERVER_KEYSTORE_PASSWORD + ", but it cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
            return Optional.empty();
        }
    }

    /**
     * The Consul agent; its HTTP check requests {@code promcdi.consul.check-path}, else the
     * protected standalone server's health check, else the metrics path.
     */
    private static Optional<ConsulAgent> consul(Settings settings, boolean protectedServer) {
        boolean enabled = settings.flag(CONSUL_ENABLED, false);
        ConsulAgent.Builder consul = ConsulAgent.builder()
                .name(settings.string(CONSUL_SERVICE_NAME).orElse("app-metrics"))
                .tags(settings.list(CONSUL_TAGS).toArray(String[]::new))
                .deregister(settings.flag(CONSUL_DEREGISTER, true))
                .required(settings.flag(CONSUL_REQUIRED, false))
                .check(settings.duration(CONSUL_CHECK_INTERVAL).orElse(Duration.ofSeconds(10)),
                        settings.duration(CONSUL_CHECK_TIMEOUT).orElse(Duration.ofSeconds(5)));
        settings.string(CONSUL_SERVICE_ID).ifPresent(consul::serviceId);
        settings.secret(CONSUL_TOKEN).ifPresent(consul::token);
        Optional<String> checkPath = settings.string(CONSUL_CHECK_PATH);
        if (checkPath.isPresent() && !checkPath.get().startsWith("/")) {
            settings.reject(CONSUL_CHECK_PATH, checkPath.get(), "a path starting with '/', such as /-/healthy");
        } else {
            checkPath.or(() -> protectedServer ? Optional.of(MetricsHttpServer.HEALTH_PATH) : Optional.empty())
                    .ifPresent(consul::checkPath);
        }
        settings.duration(CONSUL_DEREGISTER_AFTER).ifPresent(after -> {
            if (after.compareTo(Duration.ofMinutes(1)) < 0) {
                settings.reject(CONSUL_DEREGISTER_AFTER, settings.string(CONSUL_DEREGISTER_AFTER).orElseThrow(),
                        "at least 1m, Consul's minimum");
            } else {
                consul.deregisterCriticalServiceAfter(after);
            }
        });
        settings.string(CONSUL_AGENT_URL).ifPresent(agent -> {
            try {
                consul.agent(URI.create(agent));
            } catch (IllegalArgumentException invalid) {
                settings.reject(CONSUL_AGENT_URL, agent, "an http or https URL such as " + ConsulAgent.DEFAULT_AGENT);
            }
        });
        return enabled ? Optional.of(consul.build()) : Optional.empty();
    }

    /** The endpoint of the application's own metrics resource, when a port is configured. */
    private static Optional<MetricsEndpoint> announced(Settings settings, Optional<String> host) {
        String scheme = settings.oneOf(CONSUL_SCHEME, "http", "http", "https");
        String path = settings.string(CONSUL_METRICS_PATH).orElse(MetricsHttpServer.PATH);
        if (!path.startsWith("/")) {
            settings.reject(CONSUL_METRICS_PATH, path, "a path starting with '/', such as /api/metrics");
            path = MetricsHttpServer.PATH;
        }
        String announcedPath = path;
        return settings.port(CONSUL_PORT, false).map(port -> new MetricsEndpoint(scheme,
                host.orElseGet(MetricsEndpoint::localHostName), port, announcedPath));
    }
}
