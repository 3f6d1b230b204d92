package dev.promcdi.jaxrs.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.jaxrs.app.MetricsText;
import dev.promcdi.jaxrs.app.ShopServer;
import dev.promcdi.testing.Promtool;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** H1: the text output passes promtool check metrics, and the histogram rules promtool does not check. */
class H1PromtoolTest extends ShopServer {

    @Test
    void H1_theTextOutputPassesPromtool() throws Exception {
        traffic();

        Promtool.assertClean(shop.get("metrics", "Accept", "text/plain").body());
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
