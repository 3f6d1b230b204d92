package dev.promcdi.jaxrs;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * Serves {@code /metrics} (relative to the application path) before resource matching, so the
 * feature alone exposes it on every JAX-RS implementation, which do not all accept resources
 * registered by a feature.
 */
@PreMatching
final class MetricsEndpointFilter implements ContainerRequestFilter {

    /** Marks a request this filter answered, so request metrics leave it out. */
    static final String SCRAPE = MetricsEndpointFilter.class.getName();

    private final String path;
    private final MetricsResource resource = new MetricsResource();

    /**
     * @param path the path relative to the application, without leading slash, such as {@code metrics}
     */
    MetricsEndpointFilter(String path) {
        this.path = path;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod();
        if ((method.equals("GET") || method.equals("HEAD")) && path.equals(relative(request.getUriInfo().getPath()))) {
            request.setProperty(SCRAPE, Boolean.TRUE);
            request.abortWith(resource.respond(method, request.getUriInfo(), request.getHeaders()::get));
        }
    }

    private static String relative(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }
}
