package dev.promcdi.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Prometheus as it is by default: it scrapes OpenMetrics or Prometheus text, so histograms are
 * stored as classic {@code _bucket}, {@code _count} and {@code _sum} series.
 */
class PrometheusEndToEndTest extends PrometheusScrapes {

    @Override
    String[] prometheusFlags() {
        return new String[0];
    }

    @Override
    String countOf(String name, String matchers) {
        return name + "_count{" + matchers + "}";
    }

    @Override
    String percentile90Of(String name) {
        return "histogram_quantile(0.9, sum by (le) (rate(" + name + "_bucket[1m])))";
    }

    @Test
    void theTextExpositionPassesPromtoolCheckMetrics() throws Exception {
        Path promtool = Prometheus.onPath("promtool").orElse(null);
        if (promtool == null) {
            Assumptions.abort("Skipped: promtool is not on the PATH; install the Debian package prometheus "
                    + "to check the exposition with it.");
        }
        HttpResponse<byte[]> scrape = HttpClient.newHttpClient().send(HttpRequest.newBuilder(shop.uri("metrics")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        String contentType = scrape.headers().firstValue("Content-Type").orElse("");
        assertTrue(contentType.replace(" ", "").startsWith("text/plain;version=0.0.4"),
                "Content-Type of a scrape without Accept: " + contentType);

        Process check = new ProcessBuilder(promtool.toString(), "check", "metrics").start();
        check.getOutputStream().write(scrape.body());
        check.getOutputStream().close();
        String stdout = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(check.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(check.waitFor(60, TimeUnit.SECONDS), "promtool check metrics ends");

        assertEquals(0, check.exitValue(), "exit code of promtool check metrics; it said:\n" + stderr + stdout);
        assertEquals("", stderr, "what promtool check metrics found");
    }
}
