package dev.promcdi.jaxrs.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.jaxrs.app.Embedded;
import dev.promcdi.jaxrs.app.Shop;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * H1: GET /metrics serves Prometheus text by default, OpenMetrics or protobuf by Accept, gzip by
 * Accept-Encoding, name[] filtering; HEAD works.
 */
class H1MetricsEndpointTest {

    static Embedded shop;

    @BeforeAll
    static void start() throws Exception {
        shop = Embedded.start(new Shop(), "api");
    }

    @AfterAll
    static void stop() throws Exception {
        shop.close();
    }

    @Test
    void H1_prometheusTextByDefault() throws Exception {
        HttpResponse<String> response = shop.get("metrics");

        assertEquals(200, response.statusCode());
        assertEquals("text/plain;version=0.0.4;charset=utf-8", contentType(response));
        assertTrue(response.body().contains("shop_orders_total{channel=\"web\"} 7.0"), response.body());
    }

    @Test
    void H1_openMetricsByAccept() throws Exception {
        HttpResponse<String> response = shop.get("metrics", "Accept",
                "application/openmetrics-text; version=1.0.0; charset=utf-8,text/plain;version=0.0.4;q=0.5,*/*;q=0.1");

        assertEquals("application/openmetrics-text;version=1.0.0;charset=utf-8", contentType(response));
        assertTrue(response.body().endsWith("# EOF\n"));
    }

    @Test
    void H1_protobufByAcceptParsesWithTheClientsOwnClasses() throws Exception {
        HttpResponse<byte[]> response = shop.getBytes("metrics", "Accept",
                "application/vnd.google.protobuf;proto=io.prometheus.client.MetricFamily;encoding=delimited");

        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/vnd.google.protobuf"));
        List<String> names = familyNames(response.body());
        assertTrue(names.contains("shop_orders_total"), names.toString());
    }

    /**
     * The family names of a length-delimited protobuf exposition, read with protobuf's own parser
     * (field 1 of {@code io.prometheus.client.MetricFamily} is its name), so that the test does not
     * depend on the package the client shades its protobuf classes into.
     */
    private static List<String> familyNames(byte[] body) throws IOException {
        CodedInputStream in = CodedInputStream.newInstance(body);
        List<String> names = new ArrayList<>();
        while (!in.isAtEnd()) {
            int family = in.pushLimit(in.readRawVarint32());
            while (!in.isAtEnd()) {
                int tag = in.readTag();
                if (WireFormat.getTagFieldNumber(tag) == 1) {
                    names.add(in.readString());
                } else {
                    in.skipField(tag);
                }
            }
            in.popLimit(family);
        }
        return names;
    }

    @Test
    void H1_gzipByAcceptEncoding() throws Exception {
        HttpResponse<byte[]> response = shop.getBytes("metrics", "Accept-Encoding", "gzip");

        assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElseThrow());
        String text = new String(new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertTrue(text.contains("shop_orders_total"));
    }

    @Test
    void H1_nameFiltersSelectFamilies() throws Exception {
        String body = shop.get("metrics?name[]=shop_orders_total").body();

        assertTrue(body.contains("shop_orders_total"));
        assertFalse(body.contains("jvm_"), body);
    }

    @Test
    void H1_theMetricsPathIsServedWithSlashesAroundIt() throws Exception {
        for (String path : new String[] {"metrics/", "metrics//"}) {
            HttpResponse<String> response = shop.get(path, "Accept", "text/plain");

            assertEquals(200, response.statusCode(), path);
            assertTrue(response.body().contains("shop_orders_total"), path);
        }
    }

    @Test
    void H1_headAnswersWithHeadersOnly() throws Exception {
        HttpResponse<String> response = shop.send("HEAD", "metrics");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
        assertEquals("", response.body());
    }

    /** The Content-Type without optional white space, which runtimes add or drop. */
    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElseThrow().replace(" ", "");
    }

    @Test
    void H1_aScraperThatCannotSendAcceptNamesTheFormat() throws Exception {
        HttpResponse<String> response = shop.get("metrics?format=openmetrics");

        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/openmetrics-text"));
        assertEquals(400, shop.get("metrics?format=xml").statusCode());
    }
}
