/**
 * JAX-RS: {@link dev.promcdi.jaxrs.PrometheusFeature} registers everything in one go: the metrics
 * endpoint (contract H1, {@code MetricsEndpointFilter}, {@code Scraping} over promcdi-endpoint; or
 * {@link dev.promcdi.jaxrs.MetricsResource} at a path of the application's choosing) and the
 * request metrics per route (H2-H4: {@code RequestTimingFilter} times every request until its
 * response is written, {@code RouteFeature} and {@code SubResourceRoutes} name its route), told
 * to every {@link dev.promcdi.jaxrs.RequestMonitor} (H5). Settings live in
 * {@code dev.promcdi.jaxrs.internal}.
 */
package dev.promcdi.jaxrs;
