package dev.promcdi.jaxrs.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.promcdi.jaxrs.app.Embedded;
import dev.promcdi.jaxrs.app.Shop;
import dev.promcdi.testing.MetricsHttpSpecification;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * H6 on the JAX-RS endpoint that {@code PrometheusFeature} serves, embedded RESTEasy: what every
 * metrics endpoint answers, and matrix parameters accepted as resources accept them.
 */
class H6MetricsHttpTest extends MetricsHttpSpecification {

    static Embedded shop;

    @BeforeAll
    static void start() throws Exception {
        shop = Embedded.start(new Shop(), "api");
    }

    @AfterAll
    static void stop() throws Exception {
        shop.close();
    }

    @Override
    protected HttpResponse<byte[]> send(String method, String query, String... headers) throws Exception {
        return shop.sendBytes(method, "metrics" + query, headers);
    }

    @Override
    protected String stableMetric() {
        return "shop_orders_total";
    }

    @Test
    void H6_matrixParametersAreAccepted() throws Exception {
        HttpResponse<String> response = shop.get("metrics;v=1");

        assertEquals(200, response.statusCode());
        assertEquals("text/plain;version=0.0.4;charset=utf-8", contentType(response));
    }
}
