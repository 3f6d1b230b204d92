package dev.promcdi.tck;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * L1 and L2 in a container: started with {@code promcdi.server.port=0} and
 * {@code promcdi.consul.enabled=true}, the application starts its own metrics server when the
 * container starts it, and registers that server with the (stand-in) Consul agent.
 */
@ExtendWith(Tck.class)
class DiscoveryContractTest {

    @Test
    void L1_theStartedApplicationServesItsMetricsServerAndRegistersItWithConsul(Tck tck) throws Exception {
        JsonObject service = registered(tck);
        URI metrics = URI.create("http://" + service.getString("Address") + ":" + service.getInt("Port")
                + service.getJsonObject("Meta").getString("metrics_path"));

        HttpResponse<String> scrape = HttpClient.newHttpClient().send(HttpRequest.newBuilder(metrics).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, scrape.statusCode());
        assertTrue(scrape.body().contains("tck_sync_seconds_count"), "the server serves the application's registry");
    }

    @Test
    void L2_theRegistrationCarriesTheEndpointAndAnHttpCheckOnIt(Tck tck) {
        JsonObject service = registered(tck);

        assertEquals("127.0.0.1", service.getString("Address"));
        assertEquals("http", service.getJsonObject("Meta").getString("scheme"));
        assertEquals("http://127.0.0.1:" + service.getInt("Port") + "/metrics",
                service.getJsonObject("Check").getString("HTTP"));
        assertTrue(service.getString("ID").startsWith(Tck.SERVICE_NAME + "-"), service.getString("ID"));
    }

    /** The one service the contract application registered; the broken one must never register. */
    static JsonObject registered(Tck tck) {
        await("the application registered with Consul").atMost(Duration.ofSeconds(30))
                .until(() -> !tck.consul().services().isEmpty());
        assertEquals(1, tck.consul().services().size(), "one registration: " + tck.consul().services());
        JsonObject service = tck.consul().services().values().iterator().next();
        assertEquals(Tck.SERVICE_NAME, service.getString("Name"));
        return service;
    }
}
