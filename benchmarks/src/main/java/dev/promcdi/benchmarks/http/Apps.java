package dev.promcdi.benchmarks.http;

import dev.promcdi.jaxrs.PrometheusFeature;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The application with and without promcdi's request metrics. */
final class Apps {

    private Apps() {
    }

    @ApplicationPath("api")
    public static class WithMetrics extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(Hello.class, PrometheusFeature.class);
        }
    }

    /** Every ending a request can have, with promcdi's request metrics: the soak's application. */
    @ApplicationPath("api")
    public static class Soak extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(Soaked.class, PrometheusFeature.class);
        }
    }

    @ApplicationPath("api")
    public static class WithNoopFilters extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(Hello.class, NoopFilters.class);
        }
    }

    @ApplicationPath("api")
    public static class WithoutMetrics extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(Hello.class);
        }
    }
}
