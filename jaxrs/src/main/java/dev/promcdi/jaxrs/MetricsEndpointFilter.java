package dev.promcdi.jaxrs;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * Serves {@code /metrics} (relative to the application path) before resource matching, so the
 * feature alone exposes it on every JAX-RS implementation, which do not all accept resources
 * registered by a feature. Being before matching, it also answers before the application's
 * post-matching filters and security annotations: protect it at the server if it must be.
 */
@PreMatching
final class MetricsEndpointFilter implements ContainerRequestFilter {

    private final String path;
    private final Scraping scraping;

    /**
     * @param path the path relative to the application, without leading or trailing slash, such as {@code metrics}
     */
    MetricsEndpointFilter(String path, Scraping scraping) {
        this.path = path;
        this.scraping = scraping;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod();
        if ((method.equals("GET") || method.equals("HEAD")) && isMetricsPath(request.getUriInfo().getPath())) {
            RequestRecord record = RequestRecord.of(request);
            if (record != null) {
                record.scrape = true;
            }
            request.abortWith(scraping.respond(method, request.getUriInfo(), request.getHeaders()::get));
        }
    }

    /** Whether {@code requested} is the metrics path, give or take slashes around it; allocates nothing. */
    private boolean isMetricsPath(String requested) {
        int start = 0;
        int end = requested.length();
        while (start < end && requested.charAt(start) == '/') {
            start++;
        }
        while (end > start && requested.charAt(end - 1) == '/') {
            end--;
        }
        return end - start == path.length() && requested.regionMatches(start, path, 0, path.length());
    }
}
