package dev.promcdi.consul;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.discovery.ConsulAgent;
import dev.promcdi.discovery.MetricsEndpoint;
import dev.promcdi.discovery.Registration;
import dev.promcdi.testing.ConsulStandIn;
import dev.promcdi.testing.LogCapture;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** L2: ConsulAgent speaks the Consul agent HTTP API. */
class L2ConsulAgentTest {

    static final MetricsEndpoint ENDPOINT = new MetricsEndpoint("http", "10.1.2.3", 9100, "/metrics");

    ConsulStandIn consul;

    @BeforeEach
    void start() throws IOException {
        consul = ConsulStandIn.start();
    }

    @AfterEach
    void stop() {
        consul.close();
    }

    @Test
    void L2_theRegistrationCarriesEveryFieldConsulAndPrometheusNeed() {
        consul.requireToken("s3cr3t-token");
        ConsulAgent agent = ConsulAgent.builder().agent(consul.uri()).name("orders").tags("eu", "prod")
                .token("s3cr3t-token").meta("team", "payments").check(Duration.ofSeconds(15), Duration.ofSeconds(3))
                .deregisterCriticalServiceAfter(Duration.ofMinutes(2)).build();

        Registration registration = agent.register(ENDPOINT);

        assertTrue(registration.isRegistered());
        JsonObject service = consul.services().get("orders-10.1.2.3-9100");
        assertEquals("orders-10.1.2.3-9100", service.getString("ID"));
        assertEquals("orders", service.getString("Name"));
        assertEquals(List.of("eu", "prod"), service.getJsonArray("Tags").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()));
        assertEquals("10.1.2.3", service.getString("Address"));
        assertEquals(9100, service.getInt("Port"));
        JsonObject meta = service.getJsonObject("Meta");
        assertEquals("/metrics", meta.getString("metrics_path"));
        assertEquals("http", meta.getString("scheme"));
        assertEquals("payments", meta.getString("team"));
        JsonObject check = service.getJsonObject("Check");
        assertEquals("http://10.1.2.3:9100/metrics", check.getString("HTTP"));
        assertEquals("15s", check.getString("Interval"));
        assertEquals("3s", check.getString("Timeout"));
        assertEquals("120s", check.getString("DeregisterCriticalServiceAfter"));
        assertEquals("s3cr3t-token", consul.received().get(0).token(), "sent as X-Consul-Token");
        assertEquals("PUT", consul.received().get(0).method());
        registration.deregister();
    }

    @Test
    void L2_deregisterRemovesTheServiceByItsId() {
        Registration registration = ConsulAgent.builder().agent(consul.uri()).build().register(ENDPOINT);
        assertEquals(1, consul.services().size());

        registration.deregister();
        registration.deregister();

        assertTrue(consul.services().isEmpty());
        assertFalse(registration.isRegistered());
        assertEquals(1, consul.received().stream().filter(r -> r.path().startsWith("/v1/agent/service/deregister/")).count(),
                "deregister is idempotent");
    }

    @Test
    void L2_serviceIdsArePercentEncodedInPaths() {
        Registration registration = ConsulAgent.builder().agent(consul.uri()).serviceId("orders/eu west+1")
                .build().register(ENDPOINT);

        registration.deregister();

        assertTrue(consul.services().isEmpty());
        assertTrue(consul.received().stream().anyMatch(r -> r.path().equals(
                "/v1/agent/service/deregister/orders%2Feu%20west%2B1")), consul.received().toString());
    }

    @Test
    void L2_deregisterFalseLeavesTheServiceRegistered() {
        Registration registration = ConsulAgent.builder().agent(consul.uri()).deregister(false).build().register(ENDPOINT);

        registration.deregister();

        assertEquals(1, consul.services().size());
    }

    @Test
    void L2_twoInstancesOfOneNameGetDistinctIds() {
        ConsulAgent agent = ConsulAgent.builder().agent(consul.uri()).name("orders").build();

        Registration first = agent.register(new MetricsEndpoint("http", "10.1.2.3", 9100, "/metrics"));
        Registration second = agent.register(new MetricsEndpoint("http", "10.1.2.3", 9101, "/metrics"));
        Registration third = agent.register(new MetricsEndpoint("http", "10.1.2.4", 9100, "/metrics"));

        assertEquals(3, consul.services().size(), consul.services().keySet().toString());
        List.of(first, second, third).forEach(Registration::deregister);
        assertTrue(consul.services().isEmpty());
    }

    @Test
    void L2_aWrongTokenIsRefusedAndTheTokenNeverAppearsInLogsOrMessages() {
        consul.requireToken("the-right-token");
        ConsulAgent.Builder builder = ConsulAgent.builder().agent(consul.uri()).token("wrong-secret-token")
                .retryBackoff(Duration.ofMillis(20), Duration.ofMillis(40));
        try (LogCapture logs = new LogCapture()) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> builder.required(true).build().register(ENDPOINT));
            assertTrue(refused.getMessage().contains("HTTP 403 Permission denied"), refused.getMessage());
            assertTrue(refused.getMessage().contains(consul.uri().toString()), refused.getMessage());

            Registration retrying = builder.required(false).build().register(ENDPOINT);
            await("a few retries").atMost(Duration.ofSeconds(5)).until(() -> consul.received().size() >= 4);
            retrying.deregister();

            assertFalse(refused.getMessage().contains("wrong-secret-token"));
            assertTrue(logs.text().contains("403"), logs.text());
            assertFalse(logs.text().contains("wrong-secret-token"), logs.text());
        }
        assertTrue(consul.services().isEmpty());
    }
}
