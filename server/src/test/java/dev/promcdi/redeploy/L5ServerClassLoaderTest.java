package dev.promcdi.redeploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.promcdi.testing.ConsulStandIn;
import dev.promcdi.testing.IsolatedLoader;
import java.lang.ref.WeakReference;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * L5 with the standalone metrics server announced to Consul: ten deployments in one JVM, each
 * with a class loader of its own, each start the server and register it, and undeploying each
 * deregisters it, stops every thread and leaves its class loader collectable.
 */
class L5ServerClassLoaderTest {

    private static final Map<String, String> SETTINGS = Map.of("promcdi.server.port", "0",
            "promcdi.server.address", "127.0.0.1", "promcdi.consul.enabled", "true",
            "promcdi.consul.service-name", "shop");

    @AfterEach
    void forgetSettings() {
        SETTINGS.keySet().forEach(System::clearProperty);
        System.clearProperty("promcdi.consul.agent-url");
    }

    @Test
    void L5_tenDeploymentsWithAServerLeaveNoClassLoaderThreadOrRegistrationBehind() throws Exception {
        try (ConsulStandIn consul = ConsulStandIn.start()) {
            SETTINGS.forEach(System::setProperty);
            System.setProperty("promcdi.consul.agent-url", consul.uri().toString());
            List<WeakReference<ClassLoader>> undeployed = new ArrayList<>();
            for (int deployment = 1; deployment <= 10; deployment++) {
                try (URLClassLoader application = IsolatedLoader.create("application-" + deployment)) {
                    IsolatedLoader.call(application, OneServerDeployment.class);
                    undeployed.add(new WeakReference<>(application));
                }
            }

            assertEquals(Map.of(), consul.services(), "every registration undone");
            assertEquals(10, consul.received().stream().filter(r -> r.path().equals("/v1/agent/service/register"))
                    .count(), "each deployment registered its server");
            await("every undeployed application's class loader collected").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200)).until(() -> {
                        System.gc();
                        return undeployed.stream().allMatch(loader -> loader.get() == null);
                    });
            // promcdi's threads, the metrics server's among them; a thread of any other kind that an
            // application left running would have kept its class loader reachable above.
            List<String> left = Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                    .filter(name -> name.startsWith("promcdi")).toList();
            assertEquals(List.of(), left, "no thread of promcdi or of the client's server survives");
        }
    }
}
