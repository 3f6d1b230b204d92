package dev.promcdi.server;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.promcdi.discovery.MetricsEndpoint;
import dev.promcdi.discovery.Registration;
import dev.promcdi.discovery.ServiceDiscovery;
import dev.promcdi.endpoint.ScrapeAccess;
import dev.promcdi.endpoint.ScrapeResponder;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * A standalone HTTP(S) server for {@code /metrics}, on its own threads and port, like
 * prometheus-async's {@code start_http_server_in_thread}; optionally announced to service
 * discovery. It answers {@value #PATH} as promcdi's JAX-RS endpoint does ({@link ScrapeResponder}:
 * the format negotiated from {@code Accept}, gzip from {@code Accept-Encoding}, {@code name[]}
 * filters, 405 for other methods), and {@code /-/healthy} with 200 while it runs. It runs on the
 * JDK's {@code com.sun.net.httpserver}, on daemon threads that end with {@link #close()}.
 *
 * <pre>{@code
 * MetricsHttpServer server = MetricsHttpServer.builder().port(9100)
 *         .serviceDiscovery(ConsulAgent.builder().name("orders").build()).start();
 * ...
 * server.close(); // deregisters, then stops
 * }</pre>
 *
 * <p>In a container, setting {@code promcdi.server.port} starts one at container start and
 * closes it at shutdown.
 */
public final class MetricsHttpServer implements AutoCloseable {

    /** The path metrics are served on. */
    public static final String PATH = "/metrics";
    /** The path of the health check, answered 200 without credentials while the server runs. */
    public static final String HEALTH_PATH = "/-/healthy";

    /** Threads answering requests; idle ones end after a minute. */
    private static final int THREADS = 2;

    private final HttpServer server;
    private final ExecutorService executor;
    private final ScrapeResponder responder;
    private final InetSocketAddress socket;
    private final MetricsEndpoint endpoint;
    private Registration announcement;
    private boolean closed;

    private MetricsHttpServer(HttpServer server, ExecutorService executor, ScrapeResponder responder,
            InetSocketAddress socket, MetricsEndpoint endpoint) {
        this.server = server;
        this.executor = executor;
        this.responder = responder;
        this.socket = socket;
        this.endpoint = endpoint;
    }

    /**
     * Starts a configuration: all interfaces, an ephemeral port, plain HTTP, the default registry.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The address and port the server listens on; the port is the real one when 0 was asked.
     *
     * @return the listening socket address
     */
    public InetSocketAddress socket() {
        return socket;
    }

    /**
     * The URL of the metrics resource, as announced to service discovery.
     *
     * @return for example {@code https://10.0.0.7:9100/metrics}
     */
    public String url() {
        return endpoint.url();
    }

    /**
     * The endpoint announced to service discovery.
     *
     * @return the endpoint
     */
    public MetricsEndpoint endpoint() {
        return endpoint;
    }

    /**
     * Tells whether the server uses TLS.
     *
     * @return true for https
     */
    public boolean isHttps() {
        return endpoint.scheme().equals("https");
    }

    /**
     * Tells whether a service discovery has the endpoint registered now.
     *
     * @return true if at least one registration is in place
     */
    public synchronized boolean isRegistered() {
        return announcement != null && announcement.isRegistered();
    }

    /** Deregisters from service discovery, then stops the server and its threads. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (announcement != null) {
                announcement.deregister();
            }
        } finally {
            stop(server, executor, responder);
        }
    }

    private static void stop(HttpServer server, ExecutorService executor, ScrapeResponder responder) {
        server.stop(0);
        executor.shutdownNow();
        responder.close();
    }

    /** The settings of a {@link MetricsHttpServer}. */
    public static final class Builder {

        private String address = "";
        private int port;
        private Optional<SSLContext> sslContext = Optional.empty();
        private ScrapeAccess access = ScrapeAccess.open();
        private PrometheusRegistry registry = PrometheusRegistry.defaultRegistry;
        private Optional<String> advertisedHost = Optional.empty();
        private final List<ServiceDiscovery> discoveries = new ArrayList<>();

        private Builder() {
        }

        /**
         * The address to listen on; empty, the default, for all interfaces.
         *
         * @param address a host name or IP address, or empty
         * @return this builder
         */
        public Builder address(String address) {
            this.address = Objects.requireNonNull(address, "The address is null; pass an empty string for all interfaces.");
            return this;
        }

        /**
         * The port; 0, the default, for an ephemeral one.
         *
         * @param port 0 to 65535
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Port " + port + " is out of range; use 0 to 65535, 0 for any free port.");
            }
            this.port = port;
            return this;
        }

        /**
         * Serves https with this TLS context.
         *
         * @param sslContext the server's TLS context
         * @return this builder
         */
        public Builder sslContext(SSLContext sslContext) {
            this.sslContext = Optional.of(Objects.requireNonNull(sslContext, "The SSL context is null."));
            return this;
        }

        /**
         * Who may read the metrics; anyone by default. {@value #HEALTH_PATH} stays open, so that
         * a health check needs no credential.
         *
         * @param access basic or bearer credentials ({@link ScrapeAccess#builder()}); a role has no
         *     meaning here, where no container authenticates
         * @return this builder
         * @throws IllegalArgumentException for access by role
         */
        public Builder access(ScrapeAccess access) {
            Objects.requireNonNull(access, "The access is null; pass ScrapeAccess.open() for none.");
            if (access.role().isPresent()) {
                throw new IllegalArgumentException("Access by role " + access.role().get() + " needs a container that "
                        + "authenticates requests; the standalone server has none. Use basic or bearer credentials.");
            }
            this.access = access;
            return this;
        }

        /**
         * The registry to serve; the default registry by default.
         *
         * @param registry the registry
         * @return this builder
         */
        public Builder registry(PrometheusRegistry registry) {
            this.registry = Objects.requireNonNull(registry, "The registry is null.");
            return this;
        }

        /**
         * The host name put in the URL and announced to service discovery; by default the listening
         * address, or the local host's name when listening on all interfaces.
         *
         * @param host the host name Prometheus should use
         * @return this builder
         */
        public Builder advertisedHost(String host) {
            Objects.requireNonNull(host, "The advertised host is null.");
            if (host.isBlank()) {
                throw new IllegalArgumentException("The advertised host is blank; pass the host name Prometheus should scrape.");
            }
            this.advertisedHost = Optional.of(host);
            return this;
        }

        /**
         * Announces the server to this service discovery once it listens; undone by {@code close()}.
         *
         * @param discovery the service discovery
         * @return this builder
         */
        public Builder serviceDiscovery(ServiceDiscovery discovery) {
            discoveries.add(Objects.requireNonNull(discovery, "The service discovery is null."));
            return this;
        }

        /**
         * Starts listening, then registers with the service discoveries.
         *
         * @return the running server
         * @throws IOException when the address cannot be bound
         * @throws IllegalStateException when a required registration failed; the server is closed
         */
        public MetricsHttpServer start() throws IOException {
            InetAddress bind = address.isEmpty() ? null : InetAddress.getByName(address);
            // Before binding: the JDK releases the port of a server that never started only when its
            // dispatcher runs, so nothing that can fail may come between binding and starting.
            ScrapeResponder responder = new ScrapeResponder(registry, null, access);
            ExecutorService executor = executor();
            HttpServer server;
            try {
                server = bind(new InetSocketAddress(bind, port));
                server.createContext("/", new MetricsHandler(responder));
                server.setExecutor(executor);
                start(server, executor);
            } catch (IOException | RuntimeException | Error failure) {
                executor.shutdownNow();
                responder.close();
                throw failure;
            }
            try { // from here on, whatever fails closes the server, its threads and the responder
                int boundPort = server.getAddress().getPort();
                InetSocketAddress socket = bind == null ? new InetSocketAddress(boundPort) : new InetSocketAddress(bind, boundPort);
                String host = advertisedHost.orElseGet(() -> bind == null ? MetricsEndpoint.localHostName() : bind.getHostAddress());
                MetricsHttpServer started = new MetricsHttpServer(server, executor, responder, socket,
                        new MetricsEndpoint(sslContext.isPresent() ? "https" : "http", host, boundPort, PATH));
                started.announcement = Registration.registerAll(started.endpoint, discoveries);
                return started;
            } catch (RuntimeException | Error failure) {
                stop(server, executor, responder);
                throw failure;
            }
        }

        private HttpServer bind(InetSocketAddress listen) throws IOException {
            if (sslContext.isEmpty()) {
                return HttpServer.create(listen, 0);
            }
            HttpsServer https = HttpsServer.create(listen, 0);
            https.setHttpsConfigurator(new HttpsConfigurator(sslContext.get()));
            return https;
        }

        /** Daemon threads, so that a server nobody closed does not keep the JVM alive. */
        private static ExecutorService executor() {
            AtomicInteger count = new AtomicInteger();
            ThreadPoolExecutor executor = new ThreadPoolExecutor(THREADS, THREADS, 1, TimeUnit.MINUTES,
                    new LinkedBlockingQueue<>(), task -> {
                        Thread thread = new Thread(task, "promcdi-metrics-http-" + count.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    });
            executor.allowCoreThreadTimeOut(true);
            return executor;
        }

        /**
         * Starts the server from one of its daemon threads: the JDK's dispatcher thread takes the
         * daemon flag of the thread that starts it.
         */
        private static void start(HttpServer server, ExecutorService executor) throws IOException {
            try {
                executor.submit(server::start).get();
            } catch (ExecutionException failure) {
                throw new IOException("The metrics server could not start: " + failure.getCause(), failure.getCause());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while the metrics server was starting.", interrupted);
            }
        }
    }
}
