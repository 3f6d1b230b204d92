package dev.promcdi.benchmarks.http;

import dev.promcdi.benchmarks.http.Wrk.Burst;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A protected scrape against an open one: {@code /metrics} with 10,000 series from two promcdi
 * standalone servers in one JVM ({@link Serve} {@code protected-scrape}), one open and one asking
 * for basic authentication against a bcrypt hash of cost 10, loaded in turn with {@code wrk} (the
 * protected one with the scraper's {@code Authorization}), each leading every other cycle.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.promcdi.benchmarks.http.ProtectedScrapeLoad
 * [seconds per burst] [cycles]}
 */
public final class ProtectedScrapeLoad {

    private static final int WARM_UP_SECONDS = 15;

    private ProtectedScrapeLoad() {
    }

    public static void main(String[] arguments) throws IOException, InterruptedException {
        int seconds = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 2;
        int cycles = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 30;
        List<Burst> open = new ArrayList<>();
        List<Burst> closed = new ArrayList<>();
        try (ServerJvm server = ServerJvm.start("protected-scrape")) {
            String openUrl = server.url(0, "metrics");
            String protectedUrl = server.url(1, "metrics");
            Wrk.run(openUrl, WARM_UP_SECONDS, 1);
            Wrk.run(protectedUrl, WARM_UP_SECONDS, 1, Serve.SCRAPER_AUTHORIZATION);
            for (int cycle = 0; cycle < cycles; cycle++) {
                if (cycle % 2 == 0) {
                    open.add(Wrk.measure(server, openUrl, seconds, 1));
                    closed.add(Wrk.measure(server, protectedUrl, seconds, 1, Serve.SCRAPER_AUTHORIZATION));
                } else {
                    closed.add(Wrk.measure(server, protectedUrl, seconds, 1, Serve.SCRAPER_AUTHORIZATION));
                    open.add(Wrk.measure(server, openUrl, seconds, 1));
                }
            }
        }
        System.out.printf(Locale.ROOT, "/metrics with 10,000 series: open %.1f scrapes/s, protected %.1f scrapes/s%n",
                HttpLoad.mean(open, Burst::requestsPerSecond), HttpLoad.mean(closed, Burst::requestsPerSecond));
        HttpLoad.compare("open / protected (a protected scrape's time over an open one's)", open, closed);
    }
}
