package dev.promcdi.jaxrs.internal;

import dev.promcdi.endpoint.ScrapeAccess;
import dev.promcdi.spi.Settings;
import java.util.List;
import java.util.Optional;

/**
 * The settings of the JAX-RS module, every key of it in one place. Not part of the API.
 *
 * @param metricsPath the path of the metrics endpoint relative to the application, without
 *     leading or trailing slashes; empty to serve none
 * @param format {@code negotiate}, or the one format every scrape is answered in
 * @param requestMetrics whether to record the request metrics
 * @param buckets the request duration buckets, if not OpenTelemetry's
 * @param excludedRoutes route templates not to record
 * @param maxRoutes how many (method, route) pairs are kept before new ones fold into OVERFLOW
 * @param applicationPath the prefix of every route, if not the {@code @ApplicationPath}
 * @param access who may read the metrics endpoint
 */
public record JaxrsSettings(String metricsPath, String format, boolean requestMetrics, Optional<double[]> buckets,
        List<String> excludedRoutes, int maxRoutes, Optional<String> applicationPath, ScrapeAccess access) {

    /** The prefix of the metrics endpoint's credentials: {@code .basic.user}, {@code .basic.password-hash}, {@code .bearer.token}. */
    public static final String METRICS_AUTH = "promcdi.metrics.auth";
    /** The role of the container's authentication that may read the metrics. */
    public static final String METRICS_AUTH_ROLE = "promcdi.metrics.auth.role";

    /** The path of the metrics endpoint, relative to the application. */
    public static final String METRICS_PATH = "promcdi.metrics.path";
    /** The format imposed on every scrape. */
    public static final String METRICS_FORMAT = "promcdi.metrics.format";
    /** Whether to record request metrics. */
    public static final String HTTP_ENABLED = "promcdi.http.enabled";
    /** The request duration buckets. */
    public static final String HTTP_BUCKETS = "promcdi.http.buckets";
    /** Route templates not to record. */
    public static final String HTTP_EXCLUDED_ROUTES = "promcdi.http.excluded-routes";
    /** How many (method, route) pairs are kept. */
    public static final String HTTP_MAX_ROUTES = "promcdi.http.max-routes";
    /** The prefix of every route, for applications mapped in {@code web.xml}. */
    public static final String HTTP_APPLICATION_PATH = "promcdi.http.application-path";

    /**
     * Reads every key of this module; each invalid one stays in {@code settings} as a problem.
     *
     * @param settings the deployment's settings
     * @return the settings, with defaults in place of invalid values
     */
    public static JaxrsSettings read(Settings settings) {
        return new JaxrsSettings(settings.string(METRICS_PATH).orElse("metrics").replaceAll("^/+|/+$", ""),
                settings.oneOf(METRICS_FORMAT, "negotiate", "negotiate", "text", "openmetrics", "protobuf"),
                settings.flag(HTTP_ENABLED, true), settings.buckets(HTTP_BUCKETS), settings.list(HTTP_EXCLUDED_ROUTES),
                settings.positive(HTTP_MAX_ROUTES, 500), settings.string(HTTP_APPLICATION_PATH),
                ScrapeAccess.fromSettings(settings, METRICS_AUTH, METRICS_AUTH_ROLE));
    }

    /**
     * Reads the settings outside a deployment's validation, as JAX-RS providers do.
     *
     * @return the settings
     * @throws IllegalStateException naming every invalid key, when the deployment's validation did not
     */
    public static JaxrsSettings load() {
        Settings settings = Settings.load();
        JaxrsSettings read = read(settings);
        settings.throwIfInvalid();
        return read;
    }
}
