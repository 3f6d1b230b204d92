package dev.promcdi.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.tck.app.ScraperAuthentication;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * S1, role mode, on every container: {@code promcdi.metrics.auth.role} lets in the user the
 * application's own pre-matching authentication filter authenticated with the role, refuses one
 * without it with 403 and an anonymous request with 401, and the rest of the application stays
 * open.
 */
@ExtendWith(Tck.class)
class SecurityContractTest {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void S1_theUserWithTheRoleReadsTheMetrics(Tck tck) throws Exception {
        HttpResponse<String> response = scrape(tck, ScraperAuthentication.basic(ScraperAuthentication.SCRAPER));

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("# TYPE tck_sync_seconds histogram"), response.body()); // there since deployment (C8)
    }

    @Test
    void S1_aUserWithoutTheRoleIs403(Tck tck) throws Exception {
        HttpResponse<String> response = scrape(tck, ScraperAuthentication.basic(ScraperAuthentication.INTRUDER));

        assertEquals(403, response.statusCode(), response.body());
        assertEquals("The authenticated user is not in the role that may read the metrics.", response.body());
    }

    @Test
    void S1_anAnonymousScrapeIs401WithAChallenge(Tck tck) throws Exception {
        HttpResponse<String> response = scrape(tck, null);

        assertEquals(401, response.statusCode(), response.body());
        assertEquals("Basic realm=\"metrics\", charset=\"UTF-8\"", response.headers().firstValue("WWW-Authenticate").orElse(""));
    }

    @Test
    void S1_theApplicationStaysOpen(Tck tck) throws Exception {
        assertEquals(200, client.send(HttpRequest.newBuilder(tck.uri("shop/users/1")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    private HttpResponse<String> scrape(Tck tck, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(tck.uri("metrics")).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
