package dev.promcdi.internal;

import dev.promcdi.discovery.ConsulAgent;
import dev.promcdi.discovery.MetricsEndpoint;
import dev.promcdi.server.MetricsHttpServer;
import java.io.File;
import java.net.URI;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The standalone server and Consul settings, read and checked once at deployment so every
 * invalid key is reported with the other problems.
 *
 * @param server the standalone server to start, if {@code promcdi.server.port} is set
 * @param consul the Consul agent built from {@code promcdi.consul.*}, if enabled
 * @param announced what to announce when there is no standalone server
 */
record EndpointSettings(Optional<MetricsHttpServer.Builder> server, Optional<ConsulAgent> consul,
        Optional<MetricsEndpoint> announced) {

    static final String SERVER_PORT = "promcdi.server.port";
    static final String SERVER_ADDRESS = "promcdi.server.address";
    static final String SERVER_KEYSTORE = "promcdi.server.keystore";
    static final String SERVER_KEYSTORE_PASSWORD = "promcdi.server.keystore-password";
    static final String CONSUL = "promcdi.consul.";

    static final EndpointSettings NONE = new EndpointSettings(Optional.empty(), Optional.empty(), Optional.empty());

    /** Reads the settings; each invalid key adds a problem naming it. */
    static EndpointSettings read(Config config, List<String> problems) {
        Optional<String> advertisedHost = config.string(CONSUL + "address");
        Optional<MetricsHttpServer.Builder> server = checked(problems, Optional.empty(), () -> server(config));
        Optional<ConsulAgent> consul = checked(problems, Optional.empty(), () -> consul(config));
        Optional<MetricsEndpoint> announced = checked(problems, Optional.empty(), () -> announced(config));
        advertisedHost.ifPresent(host -> server.ifPresent(builder -> builder.advertisedHost(host)));
        return new EndpointSettings(server, consul, announced);
    }

    private static Optional<MetricsHttpServer.Builder> server(Config config) {
        Optional<Integer> port = config.port(SERVER_PORT, true);
        if (port.isEmpty()) {
            return Optional.empty();
        }
        MetricsHttpServer.Builder builder = MetricsHttpServer.builder().port(port.get())
                .address(config.string(SERVER_ADDRESS).orElse(""));
        Optional<String> keystore = config.string(SERVER_KEYSTORE);
        if (keystore.isPresent()) {
            builder.sslContext(sslContext(keystore.get(), config.string(SERVER_KEYSTORE_PASSWORD).orElse("")));
        }
        return Optional.of(builder);
    }

    private static SSLContext sslContext(String path, String password) {
        try {
            KeyStore store = KeyStore.getInstance(new File(path), password.toCharArray());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (Exception e) {
            throw new IllegalArgumentException(Messages.unusableKeystore(SERVER_KEYSTORE, path, SERVER_KEYSTORE_PASSWORD, e));
        }
    }

    private static Optional<ConsulAgent> consul(Config config) {
        if (!config.flag(CONSUL + "enabled", false)) {
            return Optional.empty();
        }
        ConsulAgent.Builder consul = ConsulAgent.builder()
                .name(config.string(CONSUL + "service-name").orElse("app-metrics"))
                .tags(config.list(CONSUL + "tags").toArray(String[]::new))
                .deregister(config.flag(CONSUL + "deregister", true))
                .required(config.flag(CONSUL + "required", false))
                .check(config.duration(CONSUL + "check-interval", Duration.ofSeconds(10)),
                        config.duration(CONSUL + "check-timeout", Duration.ofSeconds(5)));
        config.string(CONSUL + "service-id").ifPresent(consul::serviceId);
        if (config.string(CONSUL + "deregister-critical-service-after").isPresent()) {
            String key = CONSUL + "deregister-critical-service-after";
            Duration after = config.duration(key, Duration.ofMinutes(1));
            if (after.compareTo(Duration.ofMinutes(1)) < 0) {
                throw new IllegalArgumentException(Messages.invalidConfigValue(key, config.string(key).orElseThrow(),
                        "at least 1m, Consul's minimum"));
            }
            consul.deregisterCriticalServiceAfter(after);
        }
        config.string(CONSUL + "token").ifPresent(consul::token);
        Optional<String> agent = config.string(CONSUL + "agent-url");
        if (agent.isPresent()) {
            try {
                consul.agent(URI.create(agent.get()));
            } catch (IllegalArgumentException invalid) {
                throw new IllegalArgumentException(Messages.invalidConfigValue(CONSUL + "agent-url", agent.get(),
                        "an http or https URL such as " + ConsulAgent.DEFAULT_AGENT));
            }
        }
        return Optional.of(consul.build());
    }

    /** The endpoint of the application's own /metrics resource, when a port is configured. */
    private static Optional<MetricsEndpoint> announced(Config config) {
        String scheme = config.oneOf(CONSUL + "scheme", "http", "http", "https");
        String path = config.string(CONSUL + "metrics-path").orElse(MetricsHttpServer.PATH);
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException(Messages.invalidConfigValue(CONSUL + "metrics-path", path,
                    "a path starting with '/', such as /api/metrics"));
        }
        Optional<Integer> port = config.port(CONSUL + "port", false);
        if (port.isEmpty()) {
            return Optional.empty();
        }
        String host = config.string(CONSUL + "address").orElseGet(Hosts::localName);
        return Optional.of(new MetricsEndpoint(scheme, host, port.get(), path));
    }

    private static <T> T checked(List<String> problems, T fallback, Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException invalid) {
            problems.add(invalid.getMessage());
            return fallback;
        }
    }
}
