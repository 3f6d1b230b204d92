package dev.promcdi.push;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.testing.Containers;
import dev.promcdi.testing.Eventually;
import dev.promcdi.testing.Fixtures;
import dev.promcdi.testing.FreePort;
import dev.promcdi.testing.Pushgateway;
import dev.promcdi.testing.TestConfigSource;
import jakarta.enterprise.inject.spi.DeploymentException;
import java.time.Duration;
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
            WeldContainer container = Containers.weld(Fixtures.class).initialize();
            assertFalse(gateway.metrics().contains("batch-import"), "nothing pushed while running");

            container.shutdown();

            String pushed = gateway.metrics();
            assertTrue(pushed.contains("jvm_threads_current{instance=\"\",job=\"batch-import\",shard=\"eu\"}"), pushed);
        }
    }

    @Test
    void anIntervalPushesWhileTheContainerRuns() throws Exception {
        try (Pushgateway gateway = Pushgateway.start()) {
            TestConfigSource.VALUES.put("promcdi.pushgateway.url", gateway.uri().toString());
            TestConfigSource.VALUES.put("promcdi.pushgateway.job", "scheduler");
            TestConfigSource.VALUES.put("promcdi.pushgateway.interval", "200ms");
            WeldContainer container = Containers.weld(Fixtures.class).initialize();
            try {
                Eventually.within(Duration.ofSeconds(10), "pushed while running", () -> {
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
        WeldContainer container = Containers.weld(Fixtures.class).initialize();

        long start = System.nanoTime();
        container.shutdown();
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertTrue(millis < 5_000, "shutdown took " + millis + " ms");
    }

    @Test
    void aMissingJobFailsTheStartNamingTheKey() {
        TestConfigSource.VALUES.put("promcdi.pushgateway.url", "http://127.0.0.1:9091");

        String message = assertThrows(DeploymentException.class,
                () -> Containers.weld(Fixtures.class).initialize().shutdown()).getMessage();

        assertTrue(message.contains("configuration key promcdi.pushgateway.job"), message);
    }
}
