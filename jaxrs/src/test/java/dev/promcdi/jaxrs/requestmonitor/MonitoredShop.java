package dev.promcdi.jaxrs.requestmonitor;

import dev.promcdi.jaxrs.PrometheusFeature;
import dev.promcdi.jaxrs.app.Users;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The feature registered twice (class and instance), as scanning plus a hand registration would. */
@ApplicationPath("api")
public class MonitoredShop extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Users.class, PrometheusFeature.class, ProviderMonitor.class);
    }

    @Override
    @SuppressWarnings("deprecation") // an instance registration is the point here
    public Set<Object> getSingletons() {
        return Set.of(new PrometheusFeature());
    }
}
