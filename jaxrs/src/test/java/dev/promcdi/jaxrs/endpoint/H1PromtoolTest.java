package dev.promcdi.jaxrs.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.promcdi.jaxrs.app.MetricsText;
import dev.promcdi.jaxrs.app.ShopServer;
import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** H1: the text output passes promtool check metrics, and the histogram rules promtool does not check. */
class H1PromtoolTest extends ShopServer {

    @Test
    void H1_theTextOutputPassesPromtool() throws Exception {
        Path promtool = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(directory -> Path.of(directory, "promtool")).filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(promtool != null, "Skipped: promtool is not on the PATH; install the Debian package prometheus "
                + "(.ci/run does) to check the exposition with it.");
        traffic();
        String text = shop.get("metrics", "Accept", "text/plain").body();

        Path output = Files.createTempFile("promtool", ".txt");
        try {
            Process check = new ProcessBuilder(promtool.toString(), "check", "metrics").redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            try (OutputStream in = check.getOutputStream()) {
                in.write(text.getBytes(StandardCharsets.UTF_8));
            }
            boolean finished = check.waitFor(60, TimeUnit.SECONDS);
            if (!finished) {
                check.destroyForcibly();
            }
            String findings = Files.readString(output);
            assertTrue(finished, "promtool check metrics did not finish within 60 s; it printed:\n" + findings);
            assertEquals(0, check.exitValue(), "promtool check metrics found:\n" + findings);
        } finally {
            Files.delete(output);
        }
    }

    @Test
    void H1_histogramBucketsAreCumulativeAndEndWithInfEqualToCount() throws Exception {
        traffic();
        MetricsText metrics = metrics();

        Map<String, Double> counts = metrics.matching("http_server_request_duration_seconds_count{");
        assertTrue(counts.size() >= 3, counts.toString());
        counts.forEach((series, count) -> {
            String labels = series.substring(series.indexOf('{') + 1, series.length() - 1);
            Map<String, Double> buckets = metrics.matching("http_server_request_duration_seconds_bucket{" + labels + ",le=");
            double previous = 0;
            for (double cumulative : buckets.values()) {
                assertTrue(cumulative >= previous, "cumulative buckets of " + labels + ": " + buckets);
                previous = cumulative;
            }
            assertEquals(count, metrics.value("http_server_request_duration_seconds_bucket{" + labels + ",le=\"+Inf\"}"),
                    "+Inf equals _count for " + labels);
        });
    }

    private static void traffic() throws Exception {
        shop.get("users/1");
        shop.get("fail/mapped");
        shop.get("no/such/thing");
    }
}
