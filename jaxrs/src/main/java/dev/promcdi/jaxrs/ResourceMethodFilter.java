package dev.promcdi.jaxrs;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells the request which route it matched, once matching is done, and counts it active. One
 * instance per resource method, holding that method's routes, computed at deployment; a
 * sub-resource method learns its route from the locators that led to it, once per chain of
 * resource classes.
 */
@Priority(1)
final class ResourceMethodFilter implements ContainerRequestFilter {

    private static final System.Logger LOG = System.getLogger(ResourceMethodFilter.class.getName());

    private final RequestMetrics metrics;
    private final Monitors monitors;
    private final String designator;
    private final Route route;
    private final Route headRoute;
    private final String template;
    private final SubResourceRoutes subResource;
    private final Map<List<Class<?>>, Route> chains = new ConcurrentHashMap<>();

    /**
     * @param designator the method's HTTP method, such as GET, or null
     * @param template the method's full route, or null for a sub-resource method
     * @param subResource how to find a sub-resource method's route, or null
     */
    ResourceMethodFilter(RequestMetrics metrics, Monitors monitors, String designator, String template,
            SubResourceRoutes subResource) {
        this.metrics = metrics;
        this.monitors = monitors;
        this.designator = designator;
        this.subResource = subResource;
        this.template = template;
        this.route = template == null || designator == null ? null : metrics.route(designator, template);
        this.headRoute = template != null && "GET".equals(designator) ? metrics.route("HEAD", template) : null;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        RequestRecord record = RequestRecord.of(request);
        if (record == null || record.matched) {
            return; // not seen arriving, or already matched by another method filter
        }
        Route matched = route(request);
        if (record.match(matched) && matched != null) {
            matched.started();
            monitors.started(matched);
        }
    }

    private Route route(ContainerRequestContext request) {
        String method = request.getMethod();
        if (subResource == null) {
            if (route != null && method.equals(designator)) {
                return route;
            }
            return headRoute != null && method.equals("HEAD") ? headRoute : metrics.route(method, template);
        }
        try {
            List<Object> resources = request.getUriInfo().getMatchedResources();
            List<Class<?>> chain = resources.stream().<Class<?>>map(SubResourceRoutes::typeOf).toList();
            Route known = chains.get(chain);
            if (known != null && known.method.equals(RequestMetrics.label(method))) {
                return known;
            }
            SubResourceRoutes.Template template = subResource.template(resources, request.getUriInfo().getMatchedURIs());
            Route found = metrics.route(method, template.path());
            if (!template.ambiguous() && chains.size() < metrics.maxRoutes()) {
                chains.put(chain, found);
            }
            return found;
        } catch (RuntimeException unknown) {
            LOG.log(Level.WARNING, "promcdi cannot name the route of " + request.getUriInfo().getPath()
                    + "; it is recorded under " + RequestMetrics.OVERFLOW + ".", unknown);
            return metrics.route(method, RequestMetrics.OVERFLOW);
        }
    }
}
