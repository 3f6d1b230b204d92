package dev.promcdi.endpoint;

import io.prometheus.metrics.exporter.common.PrometheusScrapeHandler;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Answers requests to a metrics endpoint the way every promcdi endpoint does: {@code GET} and
 * {@code HEAD} scrape, {@code OPTIONS} lists them, other methods get 405; the format comes from
 * {@code ?format=}, else the one fixed, else {@code Accept} negotiated by RFC 9110; the client's
 * scrape handler writes it, with gzip and {@code name[]} filtering. Bad input gets a 4xx with a
 * text/plain reason, and every answer says {@code Vary: Accept, Accept-Encoding} and
 * {@code Cache-Control: no-store}. Safe for concurrent requests.
 *
 * <p>A protected endpoint ({@link ScrapeAccess}) checks the request's credentials before anything
 * else: 401 with {@code WWW-Authenticate} for missing or wrong ones, 403 for a user without the
 * role, 400 for several or over-long {@code Authorization} headers, each counted in
 * {@code promcdi_scrape_auth_failures_total{reason}} of the registry while the responder is open.
 * Credentials never appear in an answer, a log line or a metric.
 *
 * <p>The JAX-RS endpoint and the standalone server use it; so can an endpoint of one's own (a
 * servlet, a route of another HTTP stack) that should answer alike.
 */
public final class ScrapeResponder implements AutoCloseable {

    /** The methods a metrics endpoint allows. */
    public static final String ALLOW = "GET, HEAD, OPTIONS";

    /** The values of {@code ?debug=} the client's handler serves: a readable form of a format. */
    private static final Set<String> DEBUG_FORMATS = Set.of("openmetrics", "text", "prometheus-protobuf");
    private static final byte[] NO_BODY = {};

    private final PrometheusRegistry registry;
    private final PrometheusScrapeHandler handler;
    private final ExpositionFormat fixed;
    private final ScrapeAccess access;
    private final RefusedScrapes refused;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * A responder that negotiates the format of each scrape.
     *
     * @param registry the registry to serve
     */
    public ScrapeResponder(PrometheusRegistry registry) {
        this(registry, null, ScrapeAccess.open());
    }

    /**
     * A responder that answers every scrape in one format unless {@code ?format=} asks for another,
     * for scrapers that send an {@code Accept} they cannot read.
     *
     * @param registry the registry to serve
     * @param fixed the format of every scrape, or null to negotiate it
     * @param access who may read the metrics
     */
    public ScrapeResponder(PrometheusRegistry registry, ExpositionFormat fixed, ScrapeAccess access) {
        this.registry = Objects.requireNonNull(registry, "The registry is null.");
        this.handler = new PrometheusScrapeHandler(registry);
        this.fixed = fixed;
        this.access = Objects.requireNonNull(access, "The access is null; pass ScrapeAccess.open() for none.");
        this.refused = access.isOpen() ? null : RefusedScrapes.acquire(registry);
    }

    /**
     * The answer to one request.
     *
     * @param method the request method
     * @param path the request path, undecoded, as collectors that look at the scrape request see it
     * @param query the query string, undecoded, or null when there is none
     * @param headers the request's lines of a header, by case-insensitive name; null or empty when it sent none
     * @return the response to send
     */
    public ScrapeResponse respond(String method, String path, String query, Function<String, List<String>> headers) {
        return respond(method, path, query, headers, ScrapeAccess.Caller.ANONYMOUS);
    }

    /**
     * The answer to one request whose caller the container may have authenticated.
     *
     * @param method the request method
     * @param path the request path, undecoded, as collectors that look at the scrape request see it
     * @param query the query string, undecoded, or null when there is none
     * @param headers the request's lines of a header, by case-insensitive name; null or empty when it sent none
     * @param caller who the container authenticated, for access by role
     * @return the response to send
     */
    public ScrapeResponse respond(String method, String path, String query, Function<String, List<String>> headers,
            ScrapeAccess.Caller caller) {
        switch (method) {
            case "GET", "HEAD" -> {
                Optional<ScrapeAccess.Refusal> refusal = access.check(headers.apply("Authorization"), caller);
                if (refusal.isPresent()) {
                    ScrapeResponse refused = refuse(refusal.get());
                    return method.equals("HEAD") ? new ScrapeResponse(refused.status(), refused.headers(), NO_BODY) : refused;
                }
                return scrape(method, path, query, headers); // no body for HEAD: BufferedExchange.body()
            }
            case "OPTIONS" -> {
                Map<String, String> allow = headers();
                allow.put("Allow", ALLOW);
                allow.put(ScrapeResponse.CONTENT_LENGTH, "0");
                return new ScrapeResponse(200, allow, NO_BODY);
            }
            default -> {
                ScrapeResponse refused = refuse(405, method + " is not allowed on the metrics endpoint; use GET or HEAD.");
                refused.headers().put("Allow", ALLOW);
                return refused;
            }
        }
    }

    private ScrapeResponse scrape(String method, String path, String query, Function<String, List<String>> headers) {
        Map<String, String> parameters;
        try {
            parameters = parameters(query);
        } catch (IllegalArgumentException malformed) {
            return refuse(400, "The query string '" + query + "' is not valid percent-encoding (" + malformed.getMessage()
                    + "); encode '%' as %25.");
        }
        String debug = parameters.get("debug");
        String requested = parameters.get(ExpositionFormat.QUERY_PARAMETER);
        if (debug != null && !DEBUG_FORMATS.contains(debug)) {
            return refuse(400, "Unknown debug format '" + debug
                    + "'; use ?debug=text, ?debug=openmetrics or ?debug=prometheus-protobuf.");
        }
        ExpositionFormat format;
        if (requested != null) {
            format = ExpositionFormat.named(requested).orElse(null);
            if (format == null) {
                return refuse(400,
                        "Unknown format '" + requested + "'; use ?format=text, ?format=openmetrics or ?format=protobuf.");
            }
        } else {
            List<String> accept = headers.apply("Accept");
            format = fixed != null ? fixed : Negotiation.format(accept);
            if (format == null) {
                return refuse(406, "The Accept header " + accept + " accepts none of the formats served here; accept "
                        + "text/plain, application/openmetrics-text or application/vnd.google.protobuf.");
            }
        }
        boolean gzip = Negotiation.gzip(headers.apply("Accept-Encoding"));
        BufferedExchange exchange = BufferedExchange.handle(handler, method, path, query, format, gzip);
        Map<String, String> response = headers();
        response.putAll(exchange.headers());
        return new ScrapeResponse(exchange.status(), response, exchange.body());
    }

    /** Unregisters {@code promcdi_scrape_auth_failures_total} when no other protected responder of the registry is open. */
    @Override
    public void close() {
        if (refused != null && closed.compareAndSet(false, true)) {
            RefusedScrapes.release(registry);
        }
    }

    private ScrapeResponse refuse(ScrapeAccess.Refusal refusal) {
        refused.count(refusal.label);
        ScrapeResponse response = refuse(refusal.status, refusal.reason);
        if (refusal.status == 401) {
            response.headers().put("WWW-Authenticate", access.challenge());
        }
        return response;
    }

    /** A 4xx with its reason as text, for the person or the scraper's log that reads it. */
    private static ScrapeResponse refuse(int status, String reason) {
        byte[] body = reason.getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = headers();
        headers.put("Content-Type", "text/plain; charset=utf-8");
        headers.put(ScrapeResponse.CONTENT_LENGTH, Integer.toString(body.length));
        return new ScrapeResponse(status, headers, body);
    }

    /** What every answer of the endpoint says about caching. */
    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Vary", "Accept, Accept-Encoding");
        headers.put("Cache-Control", "no-store");
        return headers;
    }

    /**
     * The first value of each parameter of a query, decoded; "" for a parameter without one.
     *
     * @throws IllegalArgumentException when a name or value is not valid percent-encoding
     */
    private static Map<String, String> parameters(String query) {
        if (query == null || query.isEmpty()) {
            return Map.of();
        }
        Map<String, String> parameters = new HashMap<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            parameters.putIfAbsent(URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8),
                    equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
