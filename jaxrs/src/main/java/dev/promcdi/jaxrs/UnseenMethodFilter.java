package dev.promcdi.jaxrs;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records requests to resource methods the runtime never showed {@link RouteFeature}: CXF does
 * not apply dynamic features to the methods of sub-resources that locators return, and Quarkus
 * REST none that a feature registers (nor does it inject this filter: {@link QuarkusRequests}
 * reads the method from the request there). Runs after matching, last; for every other request
 * it only sees that the method's own filter was there.
 */
@Priority(Integer.MAX_VALUE)
final class UnseenMethodFilter implements ContainerRequestFilter {

    private final RouteFeature routes;
    private final Map<Method, ContainerRequestFilter> filters = new ConcurrentHashMap<>();
    private final QuarkusRequests quarkus;

    @Context
    private ResourceInfo resource;

    UnseenMethodFilter(RouteFeature routes, QuarkusRequests quarkus) {
        this.routes = routes;
        this.quarkus = quarkus;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        RequestRecord record = RequestRecord.of(request);
        if (record == null || record.matched || record.scrape) {
            return;
        }
        ResourceInfo target = resource != null ? resource : quarkus.resourceOf(request);
        Method method = target == null ? null : target.getResourceMethod();
        if (method == null) {
            return;
        }
        ContainerRequestFilter filter = filters.get(method);
        if (filter == null) {
            filter = routes.filterFor(target.getResourceClass(), method);
            if (filter == null) {
                return;
            }
            filters.putIfAbsent(method, filter);
        }
        filter.filter(request);
    }
}
