package dev.promcdi.jaxrs;

import jakarta.ws.rs.HttpMethod;
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
    private final RequestMonitor[] monitors;
    private final String applicationPath;

    RouteFeature(RequestMetrics metrics, RequestMonitor[] monitors, String applicationPath) {
        this.metrics = metrics;
        this.monitors = monitors;
        this.applicationPath = applicationPath;
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method == null || type == null || MetricsResource.class.isAssignableFrom(type)) {
            return;
        }
        boolean root = !Templates.pathOf(type).isEmpty() || !Templates.pathOf(method.getDeclaringClass()).isEmpty();
        String classPath = Templates.pathOf(type).isEmpty() ? Templates.pathOf(method.getDeclaringClass()) : Templates.pathOf(type);
        String template = root ? Templates.join(applicationPath, classPath, Templates.pathOf(method)) : null;
        context.register(new ResourceMethodFilter(metrics, monitors, designator(method), template,
                root ? null : new SubResourceRoutes(applicationPath, method)));
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
