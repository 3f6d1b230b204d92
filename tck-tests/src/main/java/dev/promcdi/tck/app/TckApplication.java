package dev.promcdi.tck.app;

import dev.promcdi.jaxrs.PrometheusFeature;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The application the contract is checked against, deployed as {@code tck.war}. Its classes are
 * listed so that every runtime serves the same set, whatever it scans.
 */
@ApplicationPath("api")
public class TckApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(InterceptorProbes.class, Shop.class, Failures.class, Failures.OutOfStockMapper.class,
                ScraperAuthentication.class, PrometheusFeature.class);
    }
}
