package dev.promcdi.benchmarks.http;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP comparisons, with {@code wrk} over loopback, alternating so both sides see the same
 * machine: the embedded JAX-RS stack with and without request metrics, and {@code /metrics} with
 * 10,000 series from promcdi's endpoint and from the client's own {@code HTTPServer}.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.promcdi.benchmarks.http.HttpLoad [seconds] [rounds]}
 */
public final class HttpLoad {

    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s)");

    private HttpLoad() {
    }

    /** What wrk measured in one run. */
    record Load(double requestsPerSecond, double p99Millis) {
    }

    public static void main(String[] arguments) throws Exception {
        int seconds = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 10;
        int rounds = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 3;
        List<Load> with = new ArrayList<>();
        List<Load> noop = new ArrayList<>();
        List<Load> without = new ArrayList<>();
        load(new Apps.WithMetrics(), "hello/world", seconds, 4); // warms the JIT for both sides
        for (int round = 0; round < rounds; round++) {
            if (round % 2 == 0) {
                without.add(load(new Apps.WithoutMetrics(), "hello/world", seconds, 4));
                noop.add(load(new Apps.WithNoopFilters(), "hello/world", seconds, 4));
                with.add(load(new Apps.WithMetrics(), "hello/world", seconds, 4));
            } else {
                with.add(load(new Apps.WithMetrics(), "hello/world", seconds, 4));
                noop.add(load(new Apps.WithNoopFilters(), "hello/world", seconds, 4));
                without.add(load(new Apps.WithoutMetrics(), "hello/world", seconds, 4));
            }
        }
        System.out.printf(Locale.ROOT, "request metrics: with %.0f req/s (p99 %.2f ms), no-op filters %.0f req/s"
                + " (p99 %.2f ms), without %.0f req/s (p99 %.2f ms); kept %.1f%% of without, %.1f%% of no-op filters%n",
                mean(with, true), mean(with, false), mean(noop, true), mean(noop, false), mean(without, true),
                mean(without, false), 100 * mean(with, true) / mean(without, true), 100 * mean(with, true) / mean(noop, true));

        System.setProperty("promcdi.jvm-metrics.enabled", "false");
        PrometheusRegistry registry = PrometheusRegistry.defaultRegistry;
        Counter series = Counter.builder().name("bench_series_total").help("Ten thousand series.").labelNames("id")
                .register(registry);
        for (int i = 0; i < 10_000; i++) {
            series.labelValues(Integer.toString(i)).inc(i);
        }
        List<Load> promcdi = new ArrayList<>();
        List<Load> client = new ArrayList<>();
        try (HTTPServer server = HTTPServer.builder().inetAddress(InetAddress.getLoopbackAddress()).port(0)
                .registry(registry).buildAndStart()) {
            for (int round = 0; round < rounds; round++) {
                client.add(wrk("http://127.0.0.1:" + server.getPort() + "/metrics", seconds, 1));
                promcdi.add(load(new Apps.WithMetrics(), "metrics", seconds, 1));
            }
        }
        System.out.printf(Locale.ROOT, "/metrics with 10,000 series: promcdi %.1f scrapes/s, client HTTPServer %.1f scrapes/s,"
                + " time ratio %.2f%n", mean(promcdi, true), mean(client, true), mean(client, true) / mean(promcdi, true));
    }

    private static Load load(Application application, String path, int seconds, int connections) throws Exception {
        SeBootstrap.Configuration configuration = SeBootstrap.Configuration.builder().host("127.0.0.1")
                .port(SeBootstrap.Configuration.FREE_PORT).rootPath("/").build();
        SeBootstrap.Instance instance = SeBootstrap.start(application, configuration).toCompletableFuture()
                .get(60, TimeUnit.SECONDS);
        try {
            String url = "http://127.0.0.1:" + instance.configuration().port() + "/api/" + path;
            wrk(url, Math.max(2, seconds / 2), connections); // warm-up
            return wrk(url, seconds, connections);
        } finally {
            instance.stop().toCompletableFuture().get(60, TimeUnit.SECONDS);
        }
    }

    private static Load wrk(String url, int seconds, int connections) throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder("wrk", "-t", "1", "-c", Integer.toString(connections), "-d", seconds + "s",
                "--latency", url).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes());
        if (wrk.waitFor() != 0) {
            throw new IOException("wrk failed: " + output);
        }
        Matcher rate = REQUESTS_PER_SECOND.matcher(output);
        Matcher p99 = P99.matcher(output);
        if (!rate.find() || !p99.find()) {
            throw new IOException("Unexpected wrk output: " + output);
        }
        double value = Double.parseDouble(p99.group(1));
        double millis = switch (p99.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
        return new Load(Double.parseDouble(rate.group(1)), millis);
    }

    private static double mean(List<Load> loads, boolean throughput) {
        return loads.stream().mapToDouble(load -> throughput ? load.requestsPerSecond() : load.p99Millis()).average()
                .orElse(Double.NaN);
    }
}
