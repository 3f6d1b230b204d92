package dev.promcdi.agentfailures;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.discovery.ConsulAgent;
import dev.promcdi.discovery.MetricsEndpoint;
import dev.promcdi.discovery.Registration;
import dev.promcdi.testing.ConsulStandIn;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * L3: an agent that is down or failing at start does not stop the application; registration is
 * retried and succeeds once the agent answers; a lost registration is restored; shutdown is
 * bounded even on a dead or hanging agent.
 */
class L3AgentFailuresTest {

    static final MetricsEndpoint ENDPOINT = new MetricsEndpoint("http", "127.0.0.1", 9100, "/metrics");
    static final Duration WAIT = Duration.ofSeconds(10);

    static ConsulAgent.Builder fast(ConsulStandIn consul) {
        return ConsulAgent.builder().agent(consul.uri()).retryBackoff(Duration.ofMillis(50), Duration.ofMillis(200))
                .recheckInterval(Duration.ofMillis(100)).requestTimeout(Duration.ofMillis(500));
    }

    @Test
    void L3_anAgentDownAtStartIsRegisteredWithOnceItIsUp() throws IOException {
        try (ConsulStandIn consul = ConsulStandIn.down()) {
            Registration registration = fast(consul).build().register(ENDPOINT);
            assertFalse(registration.isRegistered(), "the application starts anyway");

            consul.resume();

            await("registered after the agent came up").atMost(WAIT).until(registration::isRegistered);
            assertEquals(1, consul.services().size());
            registration.deregister();
            assertTrue(consul.services().isEmpty());
        }
    }

    @Test
    void L3_anAgentAnswering5xxIsRetried() throws IOException {
        try (ConsulStandIn consul = ConsulStandIn.start()) {
            consul.failWith(500);
            Registration registration = fast(consul).build().register(ENDPOINT);
            await("several attempts").atMost(WAIT).until(() -> consul.received().size() >= 3);
            assertFalse(registration.isRegistered());

            consul.failWith(0);

            await("registered once the agent recovered").atMost(WAIT).until(registration::isRegistered);
            registration.deregister();
        }
    }

    @Test
    void L3_aRequiredRegistrationFailsTheStartNamingTheAgentAndTheCause() throws IOException {
        try (ConsulStandIn consul = ConsulStandIn.down()) {
            IllegalStateException failed = assertThrows(IllegalStateException.class,
                    () -> fast(consul).required(true).build().register(ENDPOINT));

            assertTrue(failed.getMessage().startsWith("Consul agent " + consul.uri() + " did not register service "
                    + "app-metrics-127.0.0.1-9100: java.net.ConnectException"), failed.getMessage());
            assertTrue(failed.getMessage().endsWith("Start the agent, or set required=false to retry in the background."));
        }
    }

    @Test
    void L3_anAgentThatLostTheRegistrationGetsItAgain() throws IOException {
        try (ConsulStandIn consul = ConsulStandIn.start()) {
            Registration registration = fast(consul).build().register(ENDPOINT);
            assertEquals(1, consul.services().size());

            consul.stop();
            consul.forgetAll(); // an agent restart loses services registered through the API
            consul.resume();

            // The agent holds the service a moment before the agent's answer reaches the registration.
            await("registered again").atMost(WAIT).until(() -> consul.services().size() == 1 && registration.isRegistered());
            registration.deregister();
        }
    }

    @Test
    void L3_deregistrationIsBoundedOnAHangingAgent() throws IOException {
        try (ConsulStandIn consul = ConsulStandIn.start()) {
            Registration registration = fast(consul).build().register(ENDPOINT);
            consul.slow(Duration.ofSeconds(30));

            long took = timed(registration::deregister);

            assertTrue(took < 5_000, "deregistration took " + took + " ms with a 500 ms request timeout");
            assertFalse(registration.isRegistered());
        }
    }

    @Test
    void L3_deregistrationIsBoundedOnADeadAgent() throws IOException {
        try (ConsulStandIn consul = ConsulStandIn.start()) {
            Registration registration = fast(consul).build().register(ENDPOINT);
            consul.stop();

            long took = timed(registration::deregister);

            assertTrue(took < 5_000, "deregistration took " + took + " ms");
        }
    }

    private static long timed(Runnable action) {
        long start = System.nanoTime();
        action.run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.getLogger(L3AgentFailuresTest.class.getName()).log(System.Logger.Level.INFO, "took " + millis + " ms");
        return millis;
    }
}
