package dev.promcdi.benchmarks.http;

import jakarta.ws.rs.SeBootstrap;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak: rounds of mixed requests (200, 404, 405, 500, async ok, failing and timing out,
 * clients that give up before the answer, scrapes in every format) at a fixed concurrency against
 * the embedded stack. After each round it checks what a user would: every
 * {@code http_server_active_requests} back to 0 and each route's request count equal to what was
 * sent (a request its client abandoned counts once if it reached the server, else not at all);
 * it reports p50/p99 latency of the answered requests and the heap after a GC, which must not
 * grow from round to round.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.promcdi.benchmarks.http.SoakRun [requests per round] [rounds] [concurrency]}
 */
public final class SoakRun {

    private static final Pattern COUNT = Pattern.compile(
            "http_server_request_duration_seconds_count\\{method=\"(\\w+)\",route=\"([^\"]+)\",status=\"(\\d+)\"} (\\S+)");
    private static final Pattern ACTIVE = Pattern.compile("http_server_active_requests\\{[^}]*} (\\S+)");
    private static final String ABANDONED_ROUTE = "GET /api/soak/async";
    private static final String[] ACCEPTS = {"text/plain", "application/openmetrics-text; version=1.0.0",
        "application/vnd.google.protobuf; proto=io.prometheus.client.MetricFamily; encoding=delimited"};

    private SoakRun() {
    }

    public static void main(String[] arguments) throws Exception {
        int perRound = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 100_000;
        int rounds = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 3;
        int concurrency = arguments.length > 2 ? Integer.parseInt(arguments[2]) : 16;
        SeBootstrap.Instance server = SeBootstrap.start(new Apps.Soak(), SeBootstrap.Configuration.builder()
                .host("127.0.0.1").port(SeBootstrap.Configuration.FREE_PORT).rootPath("/").build())
                .toCompletableFuture().get(60, TimeUnit.SECONDS);
        URI base = URI.create("http://127.0.0.1:" + server.configuration().port() + "/api/");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, Long> sent = new TreeMap<>();
        AtomicLong abandoned = new AtomicLong();
        boolean allGood = true;
        try {
            for (int round = 1; round <= rounds; round++) {
                List<Long> latencies = run(client, base, perRound, concurrency, round, sent, abandoned);
                Map<String, Long> counted = counts(client, base);
                boolean balanced = activeAllZero(client, base);
                // A request its client gave up on may not have reached the server: it is counted, or not at all.
                long reached = counted.getOrDefault(ABANDONED_ROUTE, 0L) - (sent.get(ABANDONED_ROUTE) - abandoned.get());
                Map<String, Long> others = new TreeMap<>(counted);
                others.remove(ABANDONED_ROUTE);
                Map<String, Long> othersSent = new TreeMap<>(sent);
                othersSent.remove(ABANDONED_ROUTE);
                boolean exact = others.equals(othersSent) && reached >= 0 && reached <= abandoned.get();
                allGood &= balanced && exact;
                System.gc();
                long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
                latencies.sort(null);
                System.out.printf("round %d: %d requests, p50 %.1f ms, p99 %.1f ms, heap after GC %d MiB, "
                        + "active requests all 0: %s, counts equal to requests sent: %s (of %d requests abandoned by "
                        + "their client, %d reached the server and were counted)%n", round, latencies.size(),
                        latencies.get(latencies.size() / 2) / 1e6, latencies.get(latencies.size() * 99 / 100) / 1e6,
                        heap, balanced, exact, abandoned.get(), reached);
                if (!exact) {
                    System.out.println("  sent    " + sent + "\n  counted " + counted);
                }
            }
        } finally {
            server.stop().toCompletableFuture().get(60, TimeUnit.SECONDS);
        }
        System.exit(allGood ? 0 : 1);
    }

    /** One round: {@code requests} requests of every kind, {@code concurrency} at a time. */
    private static List<Long> run(HttpClient client, URI base, int requests, int concurrency, int round,
            Map<String, Long> sent, AtomicLong abandoned) throws InterruptedException {
        Semaphore slots = new Semaphore(concurrency);
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>(requests));
        Map<String, AtomicLong> routes = new ConcurrentHashMap<>();
        List<CompletableFuture<?>> all = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            String[] kind = kind(i, round);
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(kind[0])).method(kind[1],
                    HttpRequest.BodyPublishers.noBody());
            if (kind[0].equals("metrics")) {
                request.header("Accept", ACCEPTS[i % ACCEPTS.length]).header("Accept-Encoding", i % 2 == 0 ? "gzip" : "identity");
            } else {
                routes.computeIfAbsent(kind[1] + " " + kind[2], key -> new AtomicLong()).incrementAndGet();
            }
            if (kind[0].startsWith("soak/async?ms=200")) {
                request.timeout(Duration.ofMillis(20)); // a client that gives up and disconnects
            }
            slots.acquire();
            long start = System.nanoTime();
            all.add(client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
                slots.release();
                if (failure == null) {
                    latencies.add(System.nanoTime() - start);
                    return null;
                }
                if (failure.getCause() instanceof HttpTimeoutException) {
                    abandoned.incrementAndGet();
                    return null;
                }
                throw new IllegalStateException(kind[1] + " " + kind[0] + " failed: " + failure, failure);
            }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        Thread.sleep(500); // the abandoned async requests end on the server
        routes.forEach((route, count) -> sent.merge(route, count.get(), Long::sum));
        return latencies;
    }

    /** The path, method and recorded route of request {@code i}: a fixed mix of every ending. */
    private static String[] kind(int i, int round) {
        return switch (i % 10) {
            case 0, 1, 2 -> new String[] {"soak/ok/" + (i % 1000), "GET", "/api/soak/ok/{id}"};
            case 3 -> new String[] {"soak/no-such-" + i, "GET", "UNMATCHED"};
            case 4 -> new String[] {"soak/ok/" + round, "POST", "UNMATCHED"};
            case 5 -> new String[] {"soak/fail", "GET", "/api/soak/fail"};
            case 6 -> new String[] {i % 20 == 6 ? "soak/async?ms=200" : "soak/async?ms=1", "GET", "/api/soak/async"};
            case 7 -> new String[] {"soak/async-fail", "GET", "/api/soak/async-fail"};
            case 8 -> new String[] {"soak/times-out", "GET", "/api/soak/times-out"};
            default -> new String[] {"metrics", "GET", null};
        };
    }

    /** Requests recorded per {@code "method route"}, all statuses together. */
    private static Map<String, Long> counts(HttpClient client, URI base) throws Exception {
        Map<String, Long> counted = new TreeMap<>();
        Matcher match = COUNT.matcher(metrics(client, base));
        while (match.find()) {
            counted.merge(match.group(1) + " " + match.group(2), (long) Double.parseDouble(match.group(4)), Long::sum);
        }
        return counted;
    }

    private static boolean activeAllZero(HttpClient client, URI base) throws Exception {
        Matcher match = ACTIVE.matcher(metrics(client, base));
        boolean zero = true;
        while (match.find()) {
            zero &= Double.parseDouble(match.group(1)) == 0;
        }
        return zero;
    }

    private static String metrics(HttpClient client, URI base) throws Exception {
        return client.send(HttpRequest.newBuilder(base.resolve("metrics")).header("Accept", "text/plain").build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
