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

/**
 * Lets the client's {@link PrometheusScrapeHandler} answer a JAX-RS request in a format and
 * encoding already chosen, so the writers, gzip and {@code name[]} filtering are the client's
 * own. The handler writes into a buffer that becomes the {@link Response}.
 */
final class ScrapeExchange implements PrometheusHttpExchange, PrometheusHttpRequest, PrometheusHttpResponse {

    private final String method;
    private final String path;
    private final String query;
    private final String accept;
    private final boolean gzip;
    private final Map<String, String> responseHeaders = new LinkedHashMap<>();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private int status = 500;

    private ScrapeExchange(String method, UriInfo uri, ExpositionFormat format, boolean gzip) {
        this.method = method;
        this.path = uri.getRequestUri().getRawPath();
        this.query = uri.getRequestUri().getRawQuery();
        this.accept = format.accept;
        this.gzip = gzip;
    }

    /**
     * The scrape response for a request, in {@code format}.
     *
     * @param gzip whether to compress the body
     */
    static Response.ResponseBuilder respond(PrometheusScrapeHandler handler, String method, UriInfo uri,
            ExpositionFormat format, boolean gzip) {
        ScrapeExchange exchange = new ScrapeExchange(method, uri, format, gzip);
        try {
            handler.handleRequest(exchange);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Response.ResponseBuilder response = Response.status(exchange.status);
        exchange.responseHeaders.forEach((name, value) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) { // the runtime counts what it sends
                response.header(name, value);
            }
        });
        if (method.equals("HEAD")) { // RFC 9110 8.6: no Content-Length but the one GET would send
            String length = exchange.responseHeaders.get(HttpHeaders.CONTENT_LENGTH);
            return response.header(HttpHeaders.CONTENT_LENGTH, length != null ? length : exchange.body.size());
        }
        return response.entity(exchange.body.toByteArray());
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
        if (name.equalsIgnoreCase(HttpHeaders.ACCEPT)) {
            return Collections.enumeration(List.of(accept));
        }
        if (name.equalsIgnoreCase(HttpHeaders.ACCEPT_ENCODING) && gzip) {
            return Collections.enumeration(List.of("gzip"));
        }
        return Collections.emptyEnumeration();
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
