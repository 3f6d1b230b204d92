package dev.promcdi.redeploy;

import dev.promcdi.internal.cdi.PromcdiExtension;
import dev.promcdi.server.internal.ServerExtension;
import dev.promcdi.spi.CdiDeployment;
import dev.promcdi.testing.IsolatedLoader;
import java.util.concurrent.Callable;
import org.jboss.weld.environment.se.Weld;

/**
 * One application's life with the standalone metrics server and its Consul registration, run by a
 * class loader of its own; the settings come from system properties. Answers whether promcdi's
 * threads ran while it was deployed.
 */
public class OneServerDeployment implements Callable<String> {

    /** Created by the test through the application's class loader. */
    public OneServerDeployment() {
    }

    @Override
    public String call() {
        IsolatedLoader.start(new Weld("redeploy-" + System.nanoTime()).disableDiscovery()
                .property("org.jboss.weld.se.shutdownHook", false)
                .addExtension(new PromcdiExtension()).addExtension(new CdiDeployment())
                .addExtension(new ServerExtension()).addBeanClasses(OneServerDeployment.class)).shutdown();
        return "deployed and undeployed";
    }
}
