package dev.promcdi.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Prometheus as it is by default: it scrapes OpenMetrics or Prometheus text, so histograms are
 * stored as classic {@code _bucket}, {@code _count} and {@code _sum} series; the mixin's classic
 * rules and every query of its Grafana dashboard ({@code monitoring/grafana}) work on them.
 */
class PrometheusEndToEndTest extends PrometheusScrapes {

    private static final Path DASHBOARD = Path.of("..", "monitoring", "grafana", "promcdi-dashboard.json");

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

    @Override
    List<String> recordedSeries() {
        return List.of("job_route:http_server_requests:rate5m", "job_route:http_server_request_errors:ratio_rate5m",
                "job_route:http_server_request_duration_seconds:p95_5m",
                "job_route:http_server_request_duration_seconds:p99_5m");
    }

    @Test
    void M2_everyQueryOfTheDashboardReturnsData() throws Exception {
        JsonObject dashboard;
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(DASHBOARD))) {
            dashboard = reader.readObject();
        }
        List<String> queries = new ArrayList<>();
        for (JsonObject panel : dashboard.getJsonArray("panels").getValuesAs(JsonObject.class)) {
            for (JsonObject target : panel.getJsonArray("targets") == null ? List.<JsonObject>of()
                    : panel.getJsonArray("targets").getValuesAs(JsonObject.class)) {
                queries.add(target.getString("expr"));
            }
        }
        assertTrue(queries.size() >= 10, "the dashboard's queries: " + queries);

        for (String query : queries) {
            // the template variables as Grafana fills them: the job Prometheus scrapes, one @Time metric
            String filled = query.replace("$job", "shop").replace("$timed", "shop_catalog_lookup_seconds_bucket")
                    .replace("$__rate_interval", "1m");
            JsonArray result = prometheus.await(() -> prometheus.query(filled), answer -> !answer.isEmpty());

            assertTrue(!result.isEmpty(), "the dashboard's query returned nothing: " + filled + "\n" + prometheus.log());
        }
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
