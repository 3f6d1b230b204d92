package dev.promcdi.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Prometheus with native histograms on: it asks for the protobuf format, and stores every
 * histogram of the shop as a native histogram, with no classic {@code _bucket} series.
 */
class PrometheusNativeHistogramsEndToEndTest extends PrometheusScrapes {

    @Override
    String[] prometheusFlags() {
        return new String[] {"--enable-feature=native-histograms"};
    }

    @Override
    String countOf(String name, String matchers) {
        return "histogram_count(" + name + "{" + matchers + "})";
    }

    @Override
    String percentile90Of(String name) {
        return "histogram_quantile(0.9, sum(rate(" + name + "[1m])))";
    }

    @Override
    List<String> recordedSeries() {
        return List.of("job_route:http_server_requests:rate5m", "job_route:http_server_request_errors:ratio_rate5m",
                "job_route:http_server_request_duration_seconds_native:p95_5m",
                "job_route:http_server_request_duration_seconds_native:p99_5m");
    }

    @Test
    void histogramsAreStoredAsNativeHistograms() throws Exception {
        JsonArray nativeSeries = prometheus.await(() -> prometheus.query("shop_catalog_lookup_seconds"),
                answer -> answer.size() == 1 && histogramCount(answer.getJsonObject(0)) == ShopTraffic.CATALOG_LOOKUPS);

        assertEquals(1, nativeSeries.size(), "native series of shop_catalog_lookup_seconds: " + nativeSeries);
        assertEquals(ShopTraffic.CATALOG_LOOKUPS, histogramCount(nativeSeries.getJsonObject(0)),
                "observations in the native histogram " + nativeSeries);
        assertTrue(prometheus.query("shop_catalog_lookup_seconds_bucket").isEmpty(), "no classic bucket series");
    }

    /** The number of observations in the native histogram of a sample: {@code {metric, histogram: [time, {count}]}}. */
    private static double histogramCount(JsonObject sample) {
        return Double.parseDouble(sample.getJsonArray("histogram").getJsonObject(1).getString("count"));
    }
}
