package dev.promcdi.jaxrs.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.jaxrs.app.Embedded;
import dev.promcdi.jaxrs.app.Shop;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * H6: the metrics endpoint speaks HTTP (RFC 9110): negotiation by q-values over every header
 * line, {@code Vary} and {@code Cache-Control: no-store}, {@code HEAD} with the length GET sends,
 * 405 with {@code Allow} for other methods, matrix parameters accepted, and a text/plain reason
 * with every 4xx, never a 5xx for bad input.
 */
class H6MetricsHttpTest {

    private static final String TEXT = "text/plain;version=0.0.4;charset=utf-8";
    private static final String OPENMETRICS = "application/openmetrics-text;version=1.0.0;charset=utf-8";

    static Embedded shop;

    @BeforeAll
    static void start() throws Exception {
        shop = Embedded.start(new Shop(), "api");
    }

    @AfterAll
    static void stop() throws Exception {
        shop.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "text/plain;version=0.0.4;q=1,application/openmetrics-text;version=1.0.0;q=0.5 | " + TEXT,
        "application/openmetrics-text;version=1.0.0;q=0.9,text/plain;version=0.0.4;q=0.4 | " + OPENMETRICS,
        "text/plain;q=0, */*;q=0.5 | " + OPENMETRICS,
        "*/* | " + TEXT,
        "text/* | " + TEXT,
        "application/json, */*;q=0.1 | " + TEXT})
    void H6_theFormatOfHighestWeightIsServed(String accept, String served) throws Exception {
        HttpResponse<String> response = shop.get("metrics", "Accept", accept);

        assertEquals(200, response.statusCode());
        assertEquals(served, contentType(response));
    }

    @Test
    void H6_everyAcceptLineCounts() throws Exception {
        HttpResponse<String> response = shop.get("metrics", "Accept", "text/plain;q=0.3, application/openmetrics-text;q=0.1",
                "Accept", "application/openmetrics-text;q=0.9");

        assertEquals(OPENMETRICS, contentType(response));
    }

    @Test
    void H6_nothingAcceptableIs406WithAReason() throws Exception {
        HttpResponse<String> response = shop.get("metrics", "Accept",
                "text/plain;q=0, application/openmetrics-text;q=0, application/vnd.google.protobuf;q=0");

        assertEquals(406, response.statusCode());
        assertEquals("text/plain;charset=utf-8", contentType(response));
        assertTrue(response.body().contains("accept text/plain, application/openmetrics-text or "
                + "application/vnd.google.protobuf"), response.body());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"deflate, gzip;q=0.9 | gzip", "gzip;q=0, deflate | none", "*;q=0.5 | gzip",
        "gzip;q=0, *;q=1 | none", "identity | none"})
    void H6_gzipByWeight(String acceptEncoding, String encoding) throws Exception {
        HttpResponse<byte[]> response = shop.getBytes("metrics", "Accept-Encoding", acceptEncoding);

        assertEquals(encoding, response.headers().firstValue("Content-Encoding").orElse("none"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"metrics", "metrics?format=bogus", "metrics?debug=1"})
    void H6_everyAnswerVariesByAcceptAndIsNotStored(String path) throws Exception {
        HttpResponse<String> response = shop.get(path);

        assertEquals(Optional.of("Accept, Accept-Encoding"), response.headers().firstValue("Vary"));
        assertEquals(Optional.of("no-store"), response.headers().firstValue("Cache-Control"));
    }

    @ParameterizedTest(name = "Accept-Encoding: {0}")
    @ValueSource(strings = {"identity", "gzip"})
    void H6_headAnnouncesTheLengthGetSends(String encoding) throws Exception {
        String path = "metrics?name[]=shop_orders_total";
        String[] headers = {"Accept-Encoding", encoding};
        HttpResponse<byte[]> get = shop.getBytes(path, headers);
        HttpResponse<String> head = shop.send("HEAD", path, headers);

        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(Optional.of(String.valueOf(get.body().length)), head.headers().firstValue("Content-Length"));
        assertEquals(contentType(get), contentType(head));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
    void H6_otherMethodsAre405WithAllow(String method) throws Exception {
        HttpResponse<String> response = shop.send(method, "metrics");

        assertEquals(405, response.statusCode());
        assertEquals(Optional.of("GET, HEAD, OPTIONS"), response.headers().firstValue("Allow"));
        assertEquals(method + " is not allowed on the metrics endpoint; use GET or HEAD.", response.body());
    }

    @Test
    void H6_optionsListsTheMethods() throws Exception {
        HttpResponse<String> response = shop.send("OPTIONS", "metrics");

        assertEquals(200, response.statusCode());
        assertEquals(Optional.of("GET, HEAD, OPTIONS"), response.headers().firstValue("Allow"));
    }

    @Test
    void H6_matrixParametersAreAccepted() throws Exception {
        HttpResponse<String> response = shop.get("metrics;v=1");

        assertEquals(200, response.statusCode());
        assertEquals(TEXT, contentType(response));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "metrics?debug=1 | Unknown debug format '1'; use ?debug=text, ?debug=openmetrics or ?debug=prometheus-protobuf.",
        "metrics?debug= | Unknown debug format ''; use ?debug=text, ?debug=openmetrics or ?debug=prometheus-protobuf.",
        "metrics?format=bogus | Unknown format 'bogus'; use ?format=text, ?format=openmetrics or ?format=protobuf."})
    void H6_badQueryParametersAre400WithAReason(String path, String reason) throws Exception {
        HttpResponse<String> response = shop.get(path);

        assertEquals(400, response.statusCode());
        assertEquals("text/plain;charset=utf-8", contentType(response));
        assertEquals(reason, response.body());
    }

    @Test
    void H6_aKnownDebugFormatIsServedReadably() throws Exception {
        HttpResponse<String> response = shop.get("metrics?debug=openmetrics");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().endsWith("# EOF\n"), response.body());
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("").replace(" ", "");
    }
}
