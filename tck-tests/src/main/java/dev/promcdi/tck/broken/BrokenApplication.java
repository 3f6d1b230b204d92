package dev.promcdi.tck.broken;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The application of {@code tck-broken.war}: its bean's definitions are wrong, so its deployment
 * must fail (C7) and its resource must never answer.
 */
@ApplicationPath("api")
public class BrokenApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Ping.class);
    }

    /** Answers only if the deployment wrongly succeeded. */
    @Path("ping")
    public static class Ping {

        /** Says the deployment is up. */
        @GET
        public String ping() {
            return "deployed";
        }
    }
}
