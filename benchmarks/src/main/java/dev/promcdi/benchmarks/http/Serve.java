package dev.promcdi.benchmarks.http;

import at.favre.lib.crypto.bcrypt.BCrypt;
import dev.promcdi.endpoint.ScrapeAccess;
import dev.promcdi.server.MetricsHttpServer;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * Serves one variant of the benchmark application in a JVM of its own, so that each variant is
 * compiled by a JIT that has seen only its own code paths. Prints {@code ports <n>...} once it
 * listens, and stops when its standard input closes.
 *
 * <p>Variants: {@code with}, {@code noop}, {@code without} request metrics (one port), and
 * {@code scrape}: 10,000 series in the default registry, served by promcdi's {@code /metrics} and
 * by the client's own {@code HTTPServer} (two ports, in that order); {@code protected-scrape}: the
 * same series served by two promcdi standalone servers, one open and one protected by basic
 * authentication against a bcrypt hash of cost 10 (two ports, in that order).
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.promcdi.benchmarks.http.Serve <variant>}
 */
public final class Serve {

    private Serve() {
    }

    public static void main(String[] arguments) throws Exception {
        if (arguments.length != 1) {
            throw new IllegalArgumentException("Expected one variant (with, noop, without or scrape), got "
                    + arguments.length + " arguments.");
        }
        String variant = arguments[0];
        if (variant.equals("protected-scrape")) {
            serveOpenAndProtected();
            return;
        }
        Application application = switch (variant) {
            case "with", "scrape" -> new Apps.WithMetrics();
            case "noop" -> new Apps.WithNoopFilters();
            case "without" -> new Apps.WithoutMetrics();
            default -> throw new IllegalArgumentException("Unknown variant '" + variant
                    + "'; use with, noop, without or scrape.");
        };
        HTTPServer client = variant.equals("scrape") ? serveTenThousandSeries() : null;
        SeBootstrap.Configuration configuration = SeBootstrap.Configuration.builder().host("127.0.0.1")
                .port(SeBootstrap.Configuration.FREE_PORT).rootPath("/").build();
        SeBootstrap.Instance instance = SeBootstrap.start(application, configuration).toCompletableFuture()
                .get(60, TimeUnit.SECONDS);
        System.out.println("ports " + instance.configuration().port() + (client == null ? "" : " " + client.getPort()));
        System.out.flush();
        try {
            System.in.transferTo(OutputStream.nullOutputStream()); // until the parent closes it
        } finally {
            instance.stop().toCompletableFuture().get(60, TimeUnit.SECONDS);
            if (client != null) {
                client.close();
            }
        }
    }

    /** The {@code Authorization} header the protected server of {@code protected-scrape} lets in. */
    static final String SCRAPER_AUTHORIZATION = "Authorization: Basic "
            + Base64.getEncoder().encodeToString("prometheus:bench-password".getBytes(StandardCharsets.UTF_8));

    /** 10,000 series served by an open and by a protected promcdi standalone server. */
    private static void serveOpenAndProtected() throws IOException {
        tenThousandSeries();
        String hash = BCrypt.with(BCrypt.Version.VERSION_2Y).hashToString(10, "bench-password".toCharArray());
        try (MetricsHttpServer open = MetricsHttpServer.builder().address("127.0.0.1").start();
                MetricsHttpServer closed = MetricsHttpServer.builder().address("127.0.0.1")
                        .access(ScrapeAccess.builder().basic("prometheus", hash).build()).start()) {
            System.out.println("ports " + open.socket().getPort() + " " + closed.socket().getPort());
            System.out.flush();
            System.in.transferTo(OutputStream.nullOutputStream()); // until the parent closes it
        }
    }

    /** Registers 10,000 counter series in the default registry and serves it with the client's exporter. */
    private static HTTPServer serveTenThousandSeries() throws IOException {
        PrometheusRegistry registry = tenThousandSeries();
        return HTTPServer.builder().inetAddress(InetAddress.getLoopbackAddress()).port(0).registry(registry)
                .buildAndStart();
    }

    /** 10,000 counter series in the default registry, without JVM metrics. */
    private static PrometheusRegistry tenThousandSeries() {
        System.setProperty("promcdi.jvm-metrics.enabled", "false");
        PrometheusRegistry registry = PrometheusRegistry.defaultRegistry;
        Counter series = Counter.builder().name("bench_series_total").help("Ten thousand series.").labelNames("id")
                .register(registry);
        for (int i = 0; i < 10_000; i++) {
            series.labelValues(Integer.toString(i)).inc(i);
        }
        return registry;
    }
}
