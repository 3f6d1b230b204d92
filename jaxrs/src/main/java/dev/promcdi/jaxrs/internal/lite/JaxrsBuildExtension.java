package dev.promcdi.jaxrs.internal.lite;

import dev.promcdi.jaxrs.PrometheusFeature;
import dev.promcdi.spi.CdiDeployment;
import jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension;
import jakarta.enterprise.inject.build.compatible.spi.Discovery;
import jakarta.enterprise.inject.build.compatible.spi.ScannedClasses;
import jakarta.enterprise.inject.build.compatible.spi.SkipIfPortableExtensionPresent;

/**
 * promcdi-jaxrs on CDI Lite containers such as Quarkus, which find JAX-RS providers and beans in
 * the classes they index: makes {@link PrometheusFeature} known there, so the application needs
 * no index of promcdi's jar, keeps the application's request monitors ({@link KeptMonitors}), and
 * on Quarkus records the requests its router answers 404 without JAX-RS
 * ({@code dev.promcdi.jaxrs.QuarkusRouterRequests}).
 * CDI Full containers keep every bean and run promcdi's portable extensions instead of this one.
 */
@SkipIfPortableExtensionPresent(CdiDeployment.class)
public class JaxrsBuildExtension implements BuildCompatibleExtension {

    /** Quarkus' HTTP layer, whose router answers what Quarkus REST does not match. */
    private static final String QUARKUS_HTTP = "io.quarkus.vertx.http.runtime.filters.Filters";
    /** Package-private in promcdi-jaxrs' API package, so named here rather than referenced. */
    private static final String QUARKUS_ROUTER_REQUESTS = "dev.promcdi.jaxrs.QuarkusRouterRequests";

    /** Creates the extension; the container does, through the service loader. */
    public JaxrsBuildExtension() {
    }

    /**
     * Adds the feature (vetoed as a bean, found as a provider) and the bean that keeps the monitors.
     *
     * @param classes the classes the container discovers
     */
    @Discovery
    public void addClasses(ScannedClasses classes) {
        classes.add(PrometheusFeature.class.getName());
        classes.add(KeptMonitors.class.getName());
        if (present(QUARKUS_HTTP)) {
            classes.add(QUARKUS_ROUTER_REQUESTS);
        }
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, JaxrsBuildExtension.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
