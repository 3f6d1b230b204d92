package dev.promcdi.jaxrs.asyncresources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.jaxrs.app.MetricsText;
import dev.promcdi.jaxrs.app.ShopServer;
import org.junit.jupiter.api.Test;

/** H4: async resources are timed until the response is written, not until the method returns. */
class H4AsyncTest extends ShopServer {

    @Test
    void H4_aCompletionStageIsTimedUntilItCompletes() throws Exception {
        MetricsText before = metrics();

        shop.get("async/stage?ms=300");

        MetricsText change = since(before);
        String sum = "http_server_request_duration_seconds_sum{method=\"GET\",route=\"/api/async/stage\",status=\"200\"}";
        assertEquals(1, change.requests("GET", "/api/async/stage", 200));
        assertTrue(change.value(sum) >= 0.3, "at least the 300 ms the stage took");
        assertTrue(change.value(sum) < 60, "a duration, not two clock readings added: " + change.value(sum));
    }

    @Test
    void H4_anAsyncResponseIsTimedUntilResumed() throws Exception {
        MetricsText before = metrics();

        shop.get("async/suspended?ms=300");

        MetricsText change = since(before);
        String sum = "http_server_request_duration_seconds_sum{method=\"GET\",route=\"/api/async/suspended\",status=\"200\"}";
        assertTrue(change.value(sum) >= 0.3);
    }

    @Test
    void H4_failuresAndTimeoutsOfAsyncResourcesAreCountedWithTheirStatus() throws Exception {
        MetricsText before = metrics();

        shop.get("async/stage-fails");
        shop.get("async/times-out");

        MetricsText change = since(before);
        assertEquals(1, change.requests("GET", "/api/async/stage-fails", 500));
        assertEquals(1, change.requests("GET", "/api/async/times-out", 503));
    }
}
