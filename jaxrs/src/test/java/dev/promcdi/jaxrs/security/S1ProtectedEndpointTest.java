package dev.promcdi.jaxrs.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.jaxrs.app.Embedded;
import dev.promcdi.jaxrs.app.Shop;
import dev.promcdi.testing.MetricsAccessSpecification;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * S1 on the JAX-RS endpoint protected by configuration, the password hash read from a file as a
 * mounted secret would be: what every protected endpoint answers, and the rest of the application
 * unaffected.
 */
class S1ProtectedEndpointTest extends MetricsAccessSpecification {

    private static final List<String> KEYS = List.of("promcdi.metrics.auth.basic.user",
            "promcdi.metrics.auth.basic.password-hash-file", "promcdi.metrics.auth.bearer.token");

    static Embedded shop;
    static Path hashFile;

    @BeforeAll
    static void start() throws Exception {
        hashFile = Files.createTempFile("metrics-password", ".bcrypt");
        Files.writeString(hashFile, PASSWORD_HASH + "\n");
        System.setProperty(KEYS.get(0), USER);
        System.setProperty(KEYS.get(1), hashFile.toString());
        System.setProperty(KEYS.get(2), TOKEN);
        shop = Embedded.start(new Shop(), "api");
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            String afterwards = text(shop.sendBytes("GET", "metrics", "Authorization", "Bearer " + TOKEN));
            assertTrue(afterwards.contains("promcdi_scrape_auth_failures_total"), afterwards);
            shop.close();
        } finally {
            KEYS.forEach(System::clearProperty);
            Files.deleteIfExists(hashFile);
        }
    }

    @Override
    protected HttpResponse<byte[]> send(String method, String... headers) throws Exception {
        return shop.sendBytes(method, "metrics", headers);
    }

    @Override
    protected String servedMetric() {
        return "shop_orders_total";
    }

    @Test
    void S1_theApplicationsOwnResourcesNeedNoCredential() throws Exception {
        HttpResponse<String> response = shop.get("orders/current/7");

        assertEquals(200, response.statusCode());
        assertFalse(response.headers().firstValue("WWW-Authenticate").isPresent());
    }
}
