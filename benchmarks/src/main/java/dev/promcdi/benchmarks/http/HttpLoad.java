package dev.promcdi.benchmarks.http;

import dev.promcdi.benchmarks.http.Wrk.Burst;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The HTTP comparisons, with {@code wrk} over loopback: the embedded JAX-RS stack with request
 * metrics, with no-op filters of the same shape, and without either; then {@code /metrics} with
 * 10,000 series from promcdi's endpoint and from the client's own {@code HTTPServer}.
 *
 * <p>Each variant is served by a JVM of its own ({@link Serve}), so each JIT sees only its own
 * code paths. All of them run at once and are loaded in turn, in short bursts, cycle after cycle:
 * the speed of these virtual machines drifts by a factor of two over tens of seconds, so variants
 * are only compared within one cycle, and the report gives the median of the per-cycle ratios with
 * its quartiles.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.promcdi.benchmarks.http.HttpLoad [seconds per burst]
 * [cycles] [variants]}, variants a comma-separated subset of {@code with,noop,without} (default all
 * three, followed by the {@code /metrics} comparison).
 */
public final class HttpLoad {

    private static final int CONNECTIONS = 4;
    private static final int WARM_UP_SECONDS = 15;

    private HttpLoad() {
    }

    public static void main(String[] arguments) throws Exception {
        int seconds = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 2;
        int cycles = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 30;
        List<String> variants = arguments.length > 2 ? List.of(arguments[2].split(","))
                : List.of("without", "noop", "with");
        System.out.printf(Locale.ROOT, "%d s bursts, %d cycles, %d connections, after a %d s warm-up of each server%n",
                seconds, cycles, CONNECTIONS, WARM_UP_SECONDS);

        Map<String, List<Burst>> bursts = new LinkedHashMap<>();
        List<ServerJvm> servers = new ArrayList<>();
        try {
            for (String variant : variants) {
                servers.add(ServerJvm.start(variant));
            }
            for (ServerJvm server : servers) {
                Wrk.run(server.url(0, "api/hello/world"), WARM_UP_SECONDS, CONNECTIONS);
            }
            for (int cycle = 0; cycle < cycles; cycle++) {
                for (int i = 0; i < servers.size(); i++) {
                    ServerJvm server = servers.get((cycle + i) % servers.size()); // each variant leads in turn
                    bursts.computeIfAbsent(server.variant(), v -> new ArrayList<>())
                            .add(Wrk.measure(server, server.url(0, "api/hello/world"), seconds, CONNECTIONS));
                }
            }
        } finally {
            closeAll(servers);
        }
        for (Map.Entry<String, List<Burst>> variant : bursts.entrySet()) {
            List<Burst> runs = variant.getValue();
            System.out.printf(Locale.ROOT, "%-8s mean %.0f req/s, mean p99 %.2f ms, mean %.1f us CPU/req%n",
                    variant.getKey(), mean(runs, Burst::requestsPerSecond), mean(runs, Burst::p99Millis),
                    mean(runs, Burst::cpuMicrosPerRequest));
        }
        compare("with / without", bursts.get("with"), bursts.get("without"));
        compare("with / noop", bursts.get("with"), bursts.get("noop"));
        compare("noop / without", bursts.get("noop"), bursts.get("without"));

        if (arguments.length <= 2) {
            compareScrapes(seconds, cycles);
        }
    }

    /** {@code /metrics} with 10,000 series: promcdi's endpoint and the client's exporter, in turn. */
    private static void compareScrapes(int seconds, int cycles) throws IOException, InterruptedException {
        List<Burst> promcdi = new ArrayList<>();
        List<Burst> client = new ArrayList<>();
        try (ServerJvm server = ServerJvm.start("scrape")) {
            String promcdiUrl = server.url(0, "api/metrics");
            String clientUrl = server.url(1, "metrics");
            Wrk.run(promcdiUrl, WARM_UP_SECONDS, 1);
            Wrk.run(clientUrl, WARM_UP_SECONDS, 1);
            for (int cycle = 0; cycle < cycles; cycle++) {
                promcdi.add(Wrk.measure(server, promcdiUrl, seconds, 1));
                client.add(Wrk.measure(server, clientUrl, seconds, 1));
            }
        }
        System.out.printf(Locale.ROOT, "/metrics with 10,000 series: promcdi %.1f scrapes/s, client HTTPServer %.1f"
                + " scrapes/s%n", mean(promcdi, Burst::requestsPerSecond), mean(client, Burst::requestsPerSecond));
        compare("client / promcdi (promcdi's time per scrape over the client's)", client, promcdi);
    }

    /**
     * Prints how much of {@code b}'s throughput {@code a} kept, cycle by cycle: as wrk measured it,
     * and as the servers' CPU time per request implies it ({@code b}'s over {@code a}'s).
     */
    static void compare(String what, List<Burst> a, List<Burst> b) {
        if (a == null || b == null) {
            return;
        }
        int cycles = Math.min(a.size(), b.size());
        double[] throughput = new double[cycles];
        double[] cpu = new double[cycles];
        for (int i = 0; i < cycles; i++) {
            throughput[i] = a.get(i).requestsPerSecond() / b.get(i).requestsPerSecond();
            cpu[i] = b.get(i).cpuMicrosPerRequest() / a.get(i).cpuMicrosPerRequest();
        }
        System.out.printf(Locale.ROOT, "%s: throughput %s; from CPU per request %s%n", what, quartiles(throughput),
                quartiles(cpu));
    }

    /**
     * The median of per-cycle ratios with its 95 % confidence interval (from order statistics, so
     * free of any assumption on the distribution), and the first and third quartiles.
     */
    private static String quartiles(double[] ratios) {
        double[] sorted = ratios.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double halfWidth = 0.98 * Math.sqrt(n); // 1.96 standard deviations of Binomial(n, 1/2), halved
        int lower = Math.max(0, (int) Math.floor(n / 2.0 - halfWidth) - 1);
        int upper = Math.min(n - 1, (int) Math.ceil(n / 2.0 + 1 + halfWidth) - 1);
        return String.format(Locale.ROOT, "median %.3f (95%% CI %.3f-%.3f; quartiles %.3f-%.3f; %d cycles)",
                quantile(sorted, 0.5), sorted[lower], sorted[upper], quantile(sorted, 0.25), quantile(sorted, 0.75), n);
    }

    /** Linear interpolation between the closest ranks of a sorted array. */
    private static double quantile(double[] sorted, double q) {
        double rank = q * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }

    static double mean(List<Burst> bursts, ToDoubleFunction<Burst> measure) {
        return bursts.stream().mapToDouble(measure).average().orElse(Double.NaN);
    }

    private static void closeAll(List<ServerJvm> servers) throws IOException {
        IOException failure = null;
        for (ServerJvm server : servers) {
            try {
                server.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
