package dev.promcdi.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * H6, what every promcdi metrics endpoint answers over HTTP (RFC 9110): negotiation by q-values
 * over every header line, {@code Vary} and {@code Cache-Control: no-store}, {@code HEAD} with the
 * length GET sends, 405 with {@code Allow} for other methods, and a text/plain reason with every
 * 4xx, never a 5xx for bad input. Each endpoint's test extends it with how to reach the endpoint.
 */
public abstract class MetricsHttpSpecification {

    private static final String TEXT = "text/plain;version=0.0.4;charset=utf-8";
    private static final String OPENMETRICS = "application/openmetrics-text;version=1.0.0;charset=utf-8";

    /**
     * Sends a request to the metrics endpoint over HTTP.
     *
     * @param query what follows the metrics path: empty, or a query string starting with {@code ?}
     * @param headers names and values, alternating
     */
    protected abstract HttpResponse<byte[]> send(String method, String query, String... headers) throws Exception;

    /** The name of a metric the endpoint serves whose value does not change while the test runs. */
    protected abstract String stableMetric();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "text/plain;version=0.0.4;q=1,application/openmetrics-text;version=1.0.0;q=0.5 | " + TEXT,
        "application/openmetrics-text;version=1.0.0;q=0.9,text/plain;version=0.0.4;q=0.4 | " + OPENMETRICS,
        "text/plain;q=0, */*;q=0.5 | " + OPENMETRICS,
        "*/* | " + TEXT,
        "text/* | " + TEXT,
        "application/json, */*;q=0.1 | " + TEXT})
    void H6_theFormatOfHighestWeightIsServed(String accept, String served) throws Exception {
        HttpResponse<byte[]> response = send("GET", "", "Accept", accept);

        assertEquals(200, response.statusCode());
        assertEquals(served, contentType(response));
    }

    @Test
    void H6_everyAcceptLineCounts() throws Exception {
        HttpResponse<byte[]> response = send("GET", "", "Accept", "text/plain;q=0.3, application/openmetrics-text;q=0.1",
                "Accept", "application/openmetrics-text;q=0.9");

        assertEquals(OPENMETRICS, contentType(response));
    }

    @Test
    void H6_nothingAcceptableIs406WithAReason() throws Exception {
        HttpResponse<byte[]> response = send("GET", "", "Accept",
                "text/plain;q=0, application/openmetrics-text;q=0, application/vnd.google.protobuf;q=0");

        assertEquals(406, response.statusCode());
        assertEquals("text/plain;charset=utf-8", contentType(response));
        assertTrue(text(response).contains("accept text/plain, application/openmetrics-text or "
                + "application/vnd.google.protobuf"), text(response));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"deflate, gzip;q=0.9 | gzip", "gzip;q=0, deflate | none", "*;q=0.5 | gzip",
        "gzip;q=0, *;q=1 | none", "identity | none"})
    void H6_gzipByWeight(String acceptEncoding, String encoding) throws Exception {
        HttpResponse<byte[]> response = send("GET", "", "Accept-Encoding", acceptEncoding);

        assertEquals(encoding, response.headers().firstValue("Content-Encoding").orElse("none"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "?format=bogus", "?debug=1"})
    void H6_everyAnswerVariesByAcceptAndIsNotStored(String query) throws Exception {
        HttpResponse<byte[]> response = send("GET", query);

        assertEquals(Optional.of("Accept, Accept-Encoding"), response.headers().firstValue("Vary"));
        assertEquals(Optional.of("no-store"), response.headers().firstValue("Cache-Control"));
    }

    @ParameterizedTest(name = "Accept-Encoding: {0}")
    @ValueSource(strings = {"identity", "gzip"})
    void H6_headAnnouncesTheLengthGetSends(String encoding) throws Exception {
        String query = "?name[]=" + stableMetric();
        HttpResponse<byte[]> get = send("GET", query, "Accept-Encoding", encoding);
        HttpResponse<byte[]> head = send("HEAD", query, "Accept-Encoding", encoding);

        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertTrue(get.body().length > 0, "the series asked for is served");
        assertEquals(Optional.of(String.valueOf(get.body().length)), head.headers().firstValue("Content-Length"));
        assertEquals(contentType(get), contentType(head));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
    void H6_otherMethodsAre405WithAllow(String method) throws Exception {
        HttpResponse<byte[]> response = send(method, "");

        assertEquals(405, response.statusCode());
        assertEquals(Optional.of("GET, HEAD, OPTIONS"), response.headers().firstValue("Allow"));
        assertEquals(method + " is not allowed on the metrics endpoint; use GET or HEAD.", text(response));
    }

    @Test
    void H6_optionsListsTheMethods() throws Exception {
        HttpResponse<byte[]> response = send("OPTIONS", "");

        assertEquals(200, response.statusCode());
        assertEquals(Optional.of("GET, HEAD, OPTIONS"), response.headers().firstValue("Allow"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "?debug=1 | Unknown debug format '1'; use ?debug=text, ?debug=openmetrics or ?debug=prometheus-protobuf.",
        "?debug= | Unknown debug format ''; use ?debug=text, ?debug=openmetrics or ?debug=prometheus-protobuf.",
        "?format=bogus | Unknown format 'bogus'; use ?format=text, ?format=openmetrics or ?format=protobuf."})
    void H6_badQueryParametersAre400WithAReason(String query, String reason) throws Exception {
        HttpResponse<byte[]> response = send("GET", query);

        assertEquals(400, response.statusCode());
        assertEquals("text/plain;charset=utf-8", contentType(response));
        assertEquals(reason, text(response));
    }

    @Test
    void H6_aKnownDebugFormatIsServedReadably() throws Exception {
        HttpResponse<byte[]> response = send("GET", "?debug=openmetrics");

        assertEquals(200, response.statusCode());
        assertTrue(text(response).endsWith("# EOF\n"), text(response));
    }

    /** The Content-Type, without spaces. */
    protected static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("").replace(" ", "");
    }

    /** The body as UTF-8 text. */
    protected static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
