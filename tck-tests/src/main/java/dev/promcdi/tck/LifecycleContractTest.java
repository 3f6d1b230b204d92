package dev.promcdi.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** L5 (with L1 at undeploy): undeploying and deploying the application again in the same server works. */
@ExtendWith(Tck.class)
class LifecycleContractTest {

    @Test
    void L5_redeployedApplicationRegistersItsMetricsAgainWithoutConflict(Tck tck) throws Exception {
        tck.get("contract/sync");
        tck.get("shop/users/1");
        String registeredBefore = DiscoveryContractTest.registered(tck).getString("ID");
        try {
            tck.container().redeploy();
        } catch (UnsupportedOperationException cannot) {
            abort("Skipped: " + cannot.getMessage() + " L5 is checked on the containers that can redeploy.");
        }

        Exposition fresh = tck.metrics();
        assertTrue(fresh.has("tck_sync_seconds_count"), "annotation-defined metrics are back:\n" + fresh);
        assertTrue(fresh.has("jvm_threads_current"), "JVM metrics are back:\n" + fresh);
        double calls = fresh.count("tck_sync_seconds");
        tck.get("contract/sync");
        assertEquals(calls + 1, tck.metrics().count("tck_sync_seconds"), "the new deployment measures");
        assertEquals(200, tck.get("shop/users/1").statusCode());
        assertTrue(tck.metrics().has("http_server_request_duration_seconds_count{method=\"GET\",route=\"/api/shop/users/{id}\","
                + "status=\"200\"}"), "request metrics are back");

        assertTrue(tck.consul().received().stream().anyMatch(request -> request.method().equals("PUT")
                && request.path().equals("/v1/agent/service/deregister/" + registeredBefore)),
                "L1: the undeployed application deregistered " + registeredBefore);
        String registeredAfter = DiscoveryContractTest.registered(tck).getString("ID");
        assertNotEquals(registeredBefore, registeredAfter, "the new deployment registered its own server");
    }
}
