package dev.promcdi.jaxrs.requestmonitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.jaxrs.app.Embedded;
import dev.promcdi.jaxrs.app.MetricsText;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** H5: a RequestMonitor bean or provider extends or replaces what is recorded. */
class H5RequestMonitorTest {

    @BeforeEach
    void clear() {
        BeanMonitor.SEEN.clear();
        ProviderMonitor.SEEN.clear();
    }

    @AfterEach
    void reset() {
        System.clearProperty("promcdi.http.enabled");
    }

    @Test
    void H5_monitorsExtendTheDefaultMetricsAndARegisteredTwiceFeatureCountsOnce() throws Exception {
        try (Embedded shop = Embedded.start(new MonitoredShop(), "api")) {
            shop.get("users/1");
            shop.get("nothing/here");

            assertEquals(List.of("started GET /api/users/{id}", "finished GET /api/users/{id} 200",
                    "finished GET UNMATCHED 404"), BeanMonitor.SEEN);
            assertEquals(List.of("GET /api/users/{id} 200", "GET UNMATCHED 404"), ProviderMonitor.SEEN);
            assertEquals(1, new MetricsText(shop.get("metrics").body()).requests("GET", "/api/users/{id}", 200),
                    "one count although the feature was registered twice");
        }
    }

    @Test
    void H5_monitorsReplaceTheDefaultMetricsWhenTheyAreSwitchedOff() throws Exception {
        System.setProperty("promcdi.http.enabled", "false");
        try (Embedded shop = Embedded.start(new MonitoredShop(), "api")) {
            shop.get("users/1");

            assertTrue(BeanMonitor.SEEN.contains("finished GET /api/users/{id} 200"));
            assertFalse(shop.get("metrics").body().contains("http_server_"));
        }
    }
}
