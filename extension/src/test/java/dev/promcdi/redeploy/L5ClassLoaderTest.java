package dev.promcdi.redeploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.promcdi.testing.IsolatedLoader;
import java.lang.ref.WeakReference;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * L5: ten deployments in one JVM, each with a class loader of its own (promcdi, the Prometheus
 * client, Weld and the application all loaded through it, as a WAR's WEB-INF/lib is), leave no
 * class loader reachable after undeploy, no promcdi thread and no metric promcdi registered.
 */
class L5ClassLoaderTest {

    @Test
    void L5_tenDeploymentsLeaveNoClassLoaderThreadOrMetricBehind() throws Exception {
        List<WeakReference<ClassLoader>> undeployed = new ArrayList<>();
        for (int deployment = 1; deployment <= 10; deployment++) {
            undeployed.add(new WeakReference<>(deployOnce(deployment)));
        }

        await("every undeployed application's class loader collected").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200)).until(() -> {
                    System.gc();
                    return undeployed.stream().filter(loader -> loader.get() != null).count() == 0;
                });
        List<String> promcdiThreads = Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(name -> name.startsWith("promcdi")).toList();
        assertEquals(List.of(), promcdiThreads, "no promcdi thread survives its deployment");
    }

    /** Deploys, calls and undeploys one application; returns its class loader, closed. */
    private static ClassLoader deployOnce(int deployment) throws Exception {
        try (URLClassLoader application = IsolatedLoader.create("application-" + deployment)) {
            assertEquals("l5_orders_place_seconds,l5_orders_received | l5_orders_received",
                    IsolatedLoader.call(application, OneDeployment.class),
                    "deployed: promcdi's metric beside the application's; undeployed: only the application's");
            return application;
        }
    }
}
