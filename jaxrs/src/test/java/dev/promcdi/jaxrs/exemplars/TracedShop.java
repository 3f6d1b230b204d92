package dev.promcdi.jaxrs.exemplars;

import dev.promcdi.jaxrs.PrometheusFeature;
import dev.promcdi.jaxrs.app.Async;
import dev.promcdi.jaxrs.app.Users;
import dev.promcdi.testing.TraceContext;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** Sync and async resources behind a server that makes each request's trace current on arrival. */
@ApplicationPath("api")
public class TracedShop extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Users.class, Async.class, TraceContext.Enter.class, TraceContext.Leave.class,
                PrometheusFeature.class);
    }
}
