package dev.promcdi.jaxrs;

import io.prometheus.metrics.exporter.common.PrometheusHttpExchange;
import io.prometheus.metrics.exporter.common.PrometheusHttpRequest;
import io.prometheus.metrics.exporter.common.PrometheusHttpResponse;
import io.prometheus.metrics.exporter.common.PrometheusScrapeHandler;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Lets the client's {@link PrometheusScrapeHandler} answer a JAX-RS request, so format
 * negotiation, gzip and {@code name[]} filtering are the client's own. The handler writes into
 * a buffer that becomes the {@link Response}.
 */
final class ScrapeExchange implements PrometheusHttpExchange, PrometheusHttpRequest, PrometheusHttpResponse {

    private final String method;
    private final String path;
    private final String query;
    private final Function<String, List<String>> headers;
    private final String accept;
    private final Map<String, String> responseHeaders = new LinkedHashMap<>();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private int status = 500;

    private ScrapeExchange(String method, UriInfo uri, Function<String, List<String>> headers, String accept) {
        this.method = method;
        this.path = uri.getRequestUri().getRawPath();
        this.query = uri.getRequestUri().getRawQuery();
        this.headers = headers;
        this.accept = accept;
    }

    /**
     * The scrape response for a request.
     *
     * @param accept the Accept header to negotiate with, or null for the request's own
     */
    static Response respond(PrometheusScrapeHandler handler, String method, UriInfo uri,
            Function<String, List<String>> headers, String accept) {
        ScrapeExchange exchange = new ScrapeExchange(method, uri, headers, accept);
        try {
            handler.handleRequest(exchange);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Response.ResponseBuilder response = Response.status(exchange.status)
                .entity(method.equals("HEAD") ? null : exchange.body.toByteArray());
        // The runtime computes Content-Length itself, from what it really sends.
        exchange.responseHeaders.forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Content-Length")) {
                response.header(name, value);
            }
        });
        return response.build();
    }

    @Override
    public PrometheusHttpRequest getRequest() {
        return this;
    }

    @Override
    public PrometheusHttpResponse getResponse() {
        return this;
    }

    @Override
    public void handleException(IOException e) throws IOException {
        throw e;
    }

    @Override
    public void handleException(RuntimeException e) {
        throw e;
    }

    @Override
    public void close() {
    }

    @Override
    public String getQueryString() {
        return query;
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        if (accept != null && name.equalsIgnoreCase(HttpHeaders.ACCEPT)) {
            return Collections.enumeration(List.of(accept));
        }
        List<String> values = headers.apply(name);
        return values == null ? Collections.emptyEnumeration() : Collections.enumeration(values);
    }

    @Override
    public String getMethod() {
        return method;
    }

    @Override
    public String getRequestPath() {
        return path;
    }

    @Override
    public void setHeader(String name, String value) {
        responseHeaders.put(name, value);
    }

    @Override
    public OutputStream sendHeadersAndGetBody(int statusCode, int contentLength) {
        status = statusCode;
        return body;
    }
}
