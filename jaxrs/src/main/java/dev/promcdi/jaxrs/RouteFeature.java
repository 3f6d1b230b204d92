package dev.promcdi.jaxrs;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

/**
 * Gives every resource method its own {@link ResourceMethodFilter}, with the method's route
 * computed here, once: {@code @ApplicationPath}, the class's {@code @Path} and the method's.
 */
final class RouteFeature implements DynamicFeature {

    private final RequestMetrics metrics;
    private final Monitors monitors;
    private final String applicationPath;

    RouteFeature(RequestMetrics metrics, Monitors monitors, String applicationPath) {
        this.metrics = metrics;
        this.monitors = monitors;
        this.applicationPath = applicationPath;
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        ContainerRequestFilter filter = filterFor(resource.getResourceClass(), resource.getResourceMethod());
        if (filter != null) {
            context.register(filter);
        }
    }

    /** The filter that records requests to {@code method} of {@code type}, or null for none. */
    ContainerRequestFilter filterFor(Class<?> type, Method method) {
        if (method == null || type == null) {
            return null;
        }
        if (MetricsResource.class.isAssignableFrom(type)) {
            return new ScrapeMarker();
        }
        Method annotated = Templates.annotated(method);
        String classPath = Templates.classPath(type);
        boolean root = !classPath.isEmpty();
        String template = root ? Templates.join(applicationPath, classPath, Templates.pathOf(annotated)) : null;
        return new ResourceMethodFilter(metrics, monitors, designator(annotated), template,
                root ? null : new SubResourceRoutes(applicationPath, annotated));
    }

    /** Marks requests to a {@link MetricsResource} the application registered, so they are not recorded. */
    @Priority(1)
    static final class ScrapeMarker implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            RequestRecord record = RequestRecord.of(request);
            if (record != null) {
                record.scrape = true;
            }
        }
    }

    private static String designator(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (designator != null) {
                return designator.value();
            }
        }
        return null;
    }
}
