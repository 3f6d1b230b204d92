package dev.promcdi.jaxrs;

import dev.promcdi.jaxrs.internal.JaxrsSettings;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Vetoed;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;

/**
 * Everything promcdi offers a JAX-RS application, in one registration: {@code GET /metrics}
 * relative to the application path, and request metrics per route:
 * {@code http_server_request_duration_seconds{method,route,status}} and
 * {@code http_server_active_requests{method,route}}, where {@code route} is the matched template
 * ({@code /api/users/{id}}), {@code UNMATCHED} for requests that matched nothing, and
 * {@code method} is {@code _OTHER} for non-standard methods.
 *
 * <pre>{@code
 * @ApplicationPath("/api")
 * public class Shop extends Application {
 *     public Set<Class<?>> getClasses() {
 *         return Set.of(Orders.class, PrometheusFeature.class);
 *     }
 * }
 * }</pre>
 *
 * <p>A {@code @Provider}, so runtimes that scan for providers pick it up alone; registering it
 * as well does no harm. Settings ({@code promcdi.metrics.*}, {@code promcdi.http.*}) are read
 * when the application starts; an invalid value fails the start naming the key. The metrics
 * endpoint answers before resource matching, so it is not itself recorded, and the
 * application's post-matching filters do not see it.
 *
 * <p>Never a CDI bean ({@code @Vetoed}): the JAX-RS runtime creates it and injects the
 * {@code Application}; where it injects none (Quarkus REST), the application is looked up among
 * the CDI beans.
 */
@Provider
@Vetoed
@ConstrainedTo(RuntimeType.SERVER)
public class PrometheusFeature implements Feature {

    private static final System.Logger LOG = System.getLogger(PrometheusFeature.class.getName());

    /** Creates the feature; the JAX-RS runtime does. */
    public PrometheusFeature() {
    }

    @Context
    private Application application;

    @Override
    public boolean configure(FeatureContext context) {
        if (context.getConfiguration().isRegistered(RequestTimingFilter.class)) {
            return true; // registered twice, by scanning and by hand
        }
        JaxrsSettings settings = JaxrsSettings.load(); // an invalid value fails the start, not the requests
        Scraping scraping = Scraping.of();
        if (!settings.metricsPath().isEmpty()) {
            context.register(new MetricsEndpointFilter(settings.metricsPath(), scraping), Priorities.AUTHORIZATION);
        }
        RequestMetrics metrics = RequestMetrics.of(settings);
        Monitors monitors = new Monitors(context.getConfiguration());
        QuarkusRequests quarkus = new QuarkusRequests();
        context.register(new RequestTimingFilter(metrics, monitors, quarkus));
        RouteFeature routes = new RouteFeature(metrics, monitors,
                settings.applicationPath().orElseGet(() -> applicationPath(application != null ? application
                        : applicationBean())));
        context.register(routes);
        context.register(new UnseenMethodFilter(routes, quarkus));
        return true;
    }

    /**
     * The {@code @ApplicationPath} of the application, looking through a runtime's wrapper (such
     * as Jersey's {@code ResourceConfig}); empty when it is mapped otherwise.
     */
    private static String applicationPath(Object application) {
        Object current = application;
        for (int unwrapped = 0; current != null && unwrapped < 3; unwrapped++) {
            for (Class<?> type = current.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
                ApplicationPath path = type.getAnnotation(ApplicationPath.class);
                if (path != null) {
                    return path.value();
                }
            }
            current = wrapped(current);
        }
        LOG.log(Level.INFO, "promcdi found no @ApplicationPath on " + (application == null ? "the application"
                : application.getClass().getName()) + "; routes start at the application root. Set "
                + JaxrsSettings.HTTP_APPLICATION_PATH + " to prefix them.");
        return "";
    }

    /**
     * The application among the CDI beans, for runtimes that inject none into a feature they
     * create (Quarkus REST, which makes the application a bean); null when there is none, or no CDI.
     */
    private static Object applicationBean() {
        try {
            return CDI.current().select(Application.class, Any.Literal.INSTANCE).handlesStream()
                    .filter(handle -> handle.getBean().getBeanClass().isAnnotationPresent(ApplicationPath.class))
                    .findFirst().map(Instance.Handle::get).orElse(null);
        } catch (IllegalStateException noCdi) {
            return null;
        }
    }

    /**
     * The application a runtime's wrapper holds, or null: Jersey's {@code ResourceConfig} through
     * {@code getApplication()}, TomEE's {@code InternalApplication} through {@code getOriginal()},
     * CXF's thread-local proxy through {@code get()}.
     */
    private static Object wrapped(Object wrapper) {
        for (String getter : new String[] {"getApplication", "getOriginal", "get"}) {
            try {
                Object inner = wrapper.getClass().getMethod(getter).invoke(wrapper);
                if (inner != null && inner != wrapper) {
                    return inner;
                }
            } catch (ReflectiveOperationException | RuntimeException none) {
                // not this kind of wrapper
            }
        }
        return null;
    }
}
