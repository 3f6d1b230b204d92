package dev.promcdi.jaxrs;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * Serves {@code /metrics} (relative to the application path) before resource matching, so the
 * feature alone exposes it on every JAX-RS implementation, which do not all accept resources
 * registered by a feature. Being before matching, it also answers before the application's
 * post-matching filters and security annotations: {@code promcdi.metrics.auth.*} protects it.
 * Registered at {@link jakarta.ws.rs.Priorities#AUTHORIZATION}, after the application's own
 * pre-matching authentication filters, whose {@code SecurityContext} the role check reads. Other
 * methods than {@code GET} and {@code HEAD} get 405 with {@code Allow} ({@code OPTIONS}: 200), as
 * {@link dev.promcdi.endpoint.ScrapeResponder} answers.
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
        if (!isMetricsPath(request.getUriInfo().getPath())) {
            return;
        }
        String method = request.getMethod();
        RequestRecord record = RequestRecord.of(request);
        if (record != null && (method.equals("GET") || method.equals("HEAD"))) {
            record.scrape = true;
        }
        request.abortWith(scraping.respond(method, request.getUriInfo(), request.getHeaders()::get,
                request.getSecurityContext()));
    }

    /**
     * Whether {@code requested} is the metrics path, give or take slashes around it and matrix
     * parameters ({@code metrics;v=1}); allocates nothing unless the path has matrix parameters.
     */
    private boolean isMetricsPath(String requested) {
        int matrix = requested.indexOf(';');
        if (matrix >= 0) {
            return isMetricsPath(requested.replaceAll(";[^/]*", ""));
        }
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
