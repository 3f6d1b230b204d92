package dev.promcdi.jaxrs.endpoint;

import dev.promcdi.jaxrs.PrometheusFeature;
import dev.promcdi.jaxrs.app.Users;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

@ApplicationPath("api")
public class ExplicitEndpointShop extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Users.class, PrometheusEndpoint.class, PrometheusFeature.class);
    }
}
