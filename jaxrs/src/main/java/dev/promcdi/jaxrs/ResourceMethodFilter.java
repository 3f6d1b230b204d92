package dev.promcdi.jaxrs;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells the request which route it matched, once matching is done, and counts it active. One
 * instance per resource method, holding that method's route, computed at deployment; a
 * sub-resource method learns its route prefix from the locators that led to it, once per chain
 * of resource classes.
 */
@Priority(1)
final class ResourceMethodFilter implements ContainerRequestFilter {

    private final RequestMetrics metrics;
    private final Monitors monitors;
    private final String designator;
    private final Route route;
    private final String template;
    private final SubResourceRoutes subResource;
    private final Map<List<Class<?>>, String> chains = new ConcurrentHashMap<>();

    /**
     * @param designator the method's HTTP method, such as GET
     * @param template the method's full route, or null for a sub-resource method
     * @param subResource how to find a sub-resource method's route, or null
     */
    ResourceMethodFilter(RequestMetrics metrics, Monitors monitors, String designator, String template,
            SubResourceRoutes subResource) {
        this.metrics = metrics;
        this.monitors = monitors;
        this.designator = designator;
        this.template = template;
        this.subResource = subResource;
        this.route = template == null || designator == null ? null : metrics.route(designator, template);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getProperty(Exchange.PROPERTY) instanceof Exchange exchange)) {
            return;
        }
        exchange.matched = true;
        String method = request.getMethod();
        Route matched = route != null && method.equals(designator) ? route : metrics.route(method, template(request));
        exchange.route = matched;
        if (matched != null) {
            matched.started();
            for (RequestMonitor monitor : monitors.get()) {
                monitor.started(matched.method, matched.template);
            }
        }
    }

    private String template(ContainerRequestContext request) {
        if (template != null) {
            return template;
        }
        List<Object> resources = request.getUriInfo().getMatchedResources();
        List<Class<?>> chain = resources.stream().<Class<?>>map(Object::getClass).toList();
        return chains.computeIfAbsent(chain, ignored -> subResource.template(resources, request.getUriInfo().getMatchedURIs()));
    }
}
