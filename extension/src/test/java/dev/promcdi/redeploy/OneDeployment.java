package dev.promcdi.redeploy;

import dev.promcdi.internal.cdi.PromcdiExtension;
import dev.promcdi.spi.CdiDeployment;
import dev.promcdi.testing.IsolatedLoader;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * One application's life, run by a class loader of its own: deploy promcdi and a measured bean
 * in Weld, call it, undeploy. Answers the names the registry holds while deployed and after.
 */
public class OneDeployment implements Callable<String> {

    /** Created by the test through the application's class loader. */
    public OneDeployment() {
    }

    @Override
    public String call() {
        PrometheusRegistry registry = PrometheusRegistry.defaultRegistry;
        WeldContainer container = IsolatedLoader.start(new Weld("redeploy-" + System.nanoTime()).disableDiscovery()
                .property("org.jboss.weld.se.shutdownHook", false)
                .addExtension(new PromcdiExtension()).addExtension(new CdiDeployment())
                .addBeanClasses(Orders.class));
        String deployed;
        try {
            container.select(Orders.class).get().place();
            deployed = names(registry);
        } finally {
            container.shutdown();
        }
        return deployed + " | " + names(registry);
    }

    private static String names(PrometheusRegistry registry) {
        return registry.scrape().stream().map(snapshot -> snapshot.getMetadata().getPrometheusName())
                .filter(name -> !name.startsWith("jvm_") && !name.startsWith("process_")).sorted()
                .collect(Collectors.joining(","));
    }
}
