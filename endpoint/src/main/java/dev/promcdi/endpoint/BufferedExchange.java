package dev.promcdi.endpoint;

import io.prometheus.metrics.exporter.common.PrometheusHttpExchange;
import io.prometheus.metrics.exporter.common.PrometheusHttpRequest;
import io.prometheus.metrics.exporter.common.PrometheusHttpResponse;
import io.prometheus.metrics.exporter.common.PrometheusScrapeHandler;
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
 * Lets the client's {@link PrometheusScrapeHandler} answer a request in a format and encoding
 * already chosen, so the writers, gzip and {@code name[]} filtering are the client's own. The
 * handler writes into a buffer, which gives {@code HEAD} the length {@code GET} would send.
 */
final class BufferedExchange implements PrometheusHttpExchange, PrometheusHttpRequest, PrometheusHttpResponse {

    private final String method;
    private final String path;
    private final String query;
    private final String accept;
    private final boolean gzip;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private int status = 500;

    private BufferedExchange(String method, String path, String query, ExpositionFormat format, boolean gzip) {
        this.method = method;
        this.path = path;
        this.query = query;
        this.accept = format.accept;
        this.gzip = gzip;
    }

    /** The client's handler's answer to a {@code GET} or {@code HEAD} in {@code format}, gzipped or not. */
    static BufferedExchange handle(PrometheusScrapeHandler handler, String method, String path, String query,
            ExpositionFormat format, boolean gzip) {
        BufferedExchange exchange = new BufferedExchange(method, path, query, format, gzip);
        try {
            handler.handleRequest(exchange);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the handler sets no length when it gzips, nor for an empty body
        exchange.headers.putIfAbsent(ScrapeResponse.CONTENT_LENGTH, Integer.toString(exchange.body.size()));
        return exchange;
    }

    int status() {
        return status;
    }

    /** The headers the handler set, with the {@code Content-Length} of the body {@code GET} sends. */
    Map<String, String> headers() {
        return headers;
    }

    /** The body to send: none for {@code HEAD}. */
    byte[] body() {
        return method.equals("HEAD") ? new byte[0] : body.toByteArray();
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
        if (name.equalsIgnoreCase("Accept")) {
            return Collections.enumeration(List.of(accept));
        }
        if (name.equalsIgnoreCase("Accept-Encoding") && gzip) {
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
        headers.put(name, value);
    }

    @Override
    public OutputStream sendHeadersAndGetBody(int statusCode, int contentLength) {
        status = statusCode;
        return body;
    }
}
