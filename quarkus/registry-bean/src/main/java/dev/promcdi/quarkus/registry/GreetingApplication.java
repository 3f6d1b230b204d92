package dev.promcdi.quarkus.registry;

import dev.promcdi.jaxrs.PrometheusFeature;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The application under {@code /api}, with promcdi's feature. */
@ApplicationPath("api")
public class GreetingApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Greetings.class, PrometheusFeature.class);
    }
}
