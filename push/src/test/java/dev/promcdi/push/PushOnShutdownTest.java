package dev.promcdi.push;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.push.internal.PushExtension;
import dev.promcdi.testing.Containers;
import dev.promcdi.testing.Fixtures;
import dev.promcdi.testing.FreePort;
import dev.promcdi.testing.Pushgateway;
import dev.promcdi.testing.TestConfigSource;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** promcdi.pushgateway.*: the registry is pushed when the container stops; a dead gateway does not hold it up. */
class PushOnShutdownTest {

    @AfterEach
    void clear() {
        TestConfigSource.VALUES.clear();
    }

    @Test
    void theRegistryIsPushedWhenTheContainerStops() throws Exception {
        try (Pushgateway gateway = Pushgateway.start()) {
            TestConfigSource.VALUES.put("promcdi.pushgateway.url", gateway.uri().toString());
            TestConfigSource.VALUES.put("promcdi.pushgateway.job", "batch-import");
            TestConfigSource.VALUES.put("promcdi.pushgateway.grouping-key", "shard=eu");
            WeldContainer container = deployment(Fixtures.class).initialize();
            assertFalse(gateway.metrics().contains("batch-import"), "nothing pushed while running");

            container.shutdown();

            String pushed = gateway.metrics();
            assertTrue(pushed.contains("jvm_threads_current{instance=\"\",job=\"batch-import\",shard=\"eu\"}"), pushed);
        }
    }

    @Test
    void configuredCredentialsReachAGatewayThatRequiresThem() throws Exception {
        try (Pushgateway gateway = Pushgateway.startWithBasicAuth()) {
            TestConfigSource.VALUES.put("promcdi.pushgateway.url", gateway.uri().toString());
            TestConfigSource.VALUES.put("promcdi.pushgateway.job", "secured-import");
            TestConfigSource.VALUES.put("promcdi.pushgateway.user", Pushgateway.USER);
            TestConfigSource.VALUES.put("promcdi.pushgateway.password", Pushgateway.PASSWORD);

            deployment(Fixtures.class).initialize().shutdown();

            assertTrue(gateway.metrics().contains("job=\"secured-import\""), "accepted with the configured credentials");
        }
    }

    @Test
    void anIntervalPushesWhileTheContainerRuns() throws Exception {
        try (Pushgateway gateway = Pushgateway.start()) {
            TestConfigSource.VALUES.put("promcdi.pushgateway.url", gateway.uri().toString());
            TestConfigSource.VALUES.put("promcdi.pushgateway.job", "scheduler");
            TestConfigSource.VALUES.put("promcdi.pushgateway.interval", "200ms");
            WeldContainer container = deployment(Fixtures.class).initialize();
            try {
                await("pushed while running").atMost(Duration.ofSeconds(10)).until(() -> {
                    try {
                        return gateway.metrics().contains("job=\"scheduler\"");
                    } catch (Exception notYet) {
                        return false;
                    }
                });
            } finally {
                container.shutdown();
            }
        }
    }

    @Test
    void aGatewayThatIsDownDoesNotHoldTheShutdownUp() throws Exception {
        int free = FreePort.onLoopback();
        TestConfigSource.VALUES.put("promcdi.pushgateway.url", "http://127.0.0.1:" + free);
        TestConfigSource.VALUES.put("promcdi.pushgateway.job", "batch-import");
        TestConfigSource.VALUES.put("promcdi.pushgateway.timeout", "500ms");
        WeldContainer container = deployment(Fixtures.class).initialize();

        long start = System.nanoTime();
        container.shutdown();
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertTrue(millis < 5_000, "shutdown took " + millis + " ms");
    }

    @Test
    void theConfiguredTimeoutBoundsAShutdownPushToAGatewayThatNeverAnswers() throws Exception {
        // The kernel completes the connections of a listening socket that never accepts: a gateway that hangs.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            TestConfigSource.VALUES.put("promcdi.pushgateway.url", "http://127.0.0.1:" + silent.getLocalPort());
            TestConfigSource.VALUES.put("promcdi.pushgateway.job", "batch-import");
            TestConfigSource.VALUES.put("promcdi.pushgateway.timeout", "1s");
            WeldContainer container = deployment(Fixtures.class).initialize();

            long start = System.nanoTime();
            container.shutdown();
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertTrue(millis >= 1_000, "the push waited for the answer until the timeout, not " + millis + " ms");
            assertTrue(millis < 5_000, "the 1s timeout, not the default 5s, ended the push: " + millis + " ms");
        }
    }

    @Test
    void aPeriodicPushHangingOnTheGatewayHoldsTheShutdownUpNoLongerThanDocumented() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            TestConfigSource.VALUES.put("promcdi.pushgateway.url", "http://127.0.0.1:" + silent.getLocalPort());
            TestConfigSource.VALUES.put("promcdi.pushgateway.job", "scheduler");
            TestConfigSource.VALUES.put("promcdi.pushgateway.interval", "100ms");
            TestConfigSource.VALUES.put("promcdi.pushgateway.timeout", "500ms");
            WeldContainer container = deployment(Fixtures.class).initialize();
            Thread.sleep(300); // a periodic push is now waiting for an answer that never comes

            long start = System.nanoTime();
            container.shutdown();
            long millis = (System.nanoTime() - start) / 1_000_000;

            // README: up to twice the timeout for the periodic push, then the timeout to connect and again to read.
            assertTrue(millis < 4 * 500 + 1_000, "shutdown took " + millis + " ms");
            assertTrue(millis >= 500, "the final push waited for its answer until the timeout: " + millis + " ms");
            await("the pushing thread stopped").atMost(Duration.ofSeconds(5)).until(() -> Thread.getAllStackTraces()
                    .keySet().stream().noneMatch(thread -> thread.getName().equals("promcdi-pushgateway")));
        }
    }

    @Test
    void aMissingJobFailsTheStartNamingTheKey() {
        TestConfigSource.VALUES.put("promcdi.pushgateway.url", "http://127.0.0.1:9091");

        String message = Containers.startFailure(deployment(Fixtures.class)).getMessage();

        assertTrue(message.contains("Configuration key promcdi.pushgateway.job is required: set it to the job name "
                + "the pushed metrics belong to."), message);
    }

    /** A deployment of promcdi and this module, with {@code beans}. */
    private static Weld deployment(Class<?>... beans) {
        return Containers.weldWithModule(new PushExtension(), PushLiteOnly.class, beans);
    }
}
