package dev.promcdi.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * S1, what a protected promcdi metrics endpoint answers over HTTP: the scraper with the right
 * basic credentials or bearer token reads the metrics; anyone else gets 401 with
 * {@code WWW-Authenticate}, or 400 for several or over-long {@code Authorization} headers, a
 * reason that never repeats the credential, and a count in
 * {@code promcdi_scrape_auth_failures_total}. Each protected endpoint's test extends it, set up
 * with {@link #USER}, {@link #PASSWORD_HASH} and {@link #TOKEN}.
 */
public abstract class MetricsAccessSpecification {

    /** The user of basic authentication. */
    public static final String USER = "prometheus";
    /** The password, which only the scraper knows. */
    public static final String PASSWORD = "s3cret pass";
    /** What the endpoint is configured with: the password's bcrypt hash, cost 4 to keep tests fast. */
    public static final String PASSWORD_HASH = BCrypt.withDefaults().hashToString(4, PASSWORD.toCharArray());
    /** The bearer token. */
    public static final String TOKEN = "t0ken-for-prometheus";

    /**
     * Sends a request to the metrics endpoint over HTTP.
     *
     * @param method the method
     * @param headers names and values, alternating
     */
    protected abstract HttpResponse<byte[]> send(String method, String... headers) throws Exception;

    /** The name of a metric the endpoint serves. */
    protected abstract String servedMetric();

    @Test
    void S1_theRightBasicCredentialsReadTheMetrics() throws Exception {
        HttpResponse<byte[]> response = send("GET", "Authorization", basic(USER, PASSWORD));

        assertEquals(200, response.statusCode());
        assertTrue(text(response).contains(servedMetric()), text(response));
    }

    @Test
    void S1_theRightBearerTokenReadsTheMetrics() throws Exception {
        HttpResponse<byte[]> response = send("GET", "Authorization", "Bearer " + TOKEN);

        assertEquals(200, response.statusCode());
        assertTrue(text(response).contains(servedMetric()), text(response));
    }

    @Test
    void S1_aVerifiedCredentialKeepsWorking() throws Exception {
        for (int scrape = 0; scrape < 3; scrape++) {
            assertEquals(200, send("GET", "Authorization", basic(USER, PASSWORD)).statusCode());
        }
    }

    @Test
    void S1_noCredentialsIs401WithAChallenge() throws Exception {
        HttpResponse<byte[]> response = send("GET");

        assertEquals(401, response.statusCode());
        assertEquals(Optional.of("Basic realm=\"metrics\", charset=\"UTF-8\""),
                response.headers().firstValue("WWW-Authenticate"));
        assertEquals("Credentials are required to read the metrics.", text(response));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"wrong password", "wrong user", "wrong token", "not base64", "no colon"})
    void S1_wrongCredentialsAre401AndNeverRepeated(String wrong) throws Exception {
        String authorization = switch (wrong) {
            case "wrong password" -> basic(USER, "guess");
            case "wrong user" -> basic("admin", PASSWORD);
            case "wrong token" -> "Bearer guess-" + TOKEN;
            case "not base64" -> "Basic %%%";
            default -> "Basic " + Base64.getEncoder().encodeToString(USER.getBytes(StandardCharsets.UTF_8));
        };
        HttpResponse<byte[]> response = send("GET", "Authorization", authorization);

        assertEquals(401, response.statusCode());
        assertEquals("The credentials sent are not valid for the metrics.", text(response));
        assertTrue(response.headers().firstValue("WWW-Authenticate").isPresent());
    }

    @Test
    void S1_anotherSchemeIs401() throws Exception {
        HttpResponse<byte[]> response = send("GET", "Authorization", "Digest username=\"" + USER + "\"");

        assertEquals(401, response.statusCode());
        assertEquals("The Authorization scheme sent is not accepted for the metrics.", text(response));
    }

    @Test
    void S1_twoAuthorizationHeadersAre400() throws Exception {
        HttpResponse<byte[]> response = send("GET", "Authorization", basic(USER, PASSWORD), "Authorization",
                "Bearer " + TOKEN);

        assertEquals(400, response.statusCode());
        assertEquals("Send one Authorization header; this request sent several.", text(response));
    }

    @Test
    void S1_anOverLongAuthorizationHeaderIs400() throws Exception {
        HttpResponse<byte[]> response = send("GET", "Authorization", "Bearer " + "x".repeat(5000));

        assertEquals(400, response.statusCode());
        assertTrue(text(response).startsWith("The Authorization header is longer than 4096 characters"), text(response));
    }

    @Test
    void S1_headIsProtectedLikeGet() throws Exception {
        assertEquals(401, send("HEAD").statusCode());
        assertEquals(200, send("HEAD", "Authorization", "Bearer " + TOKEN).statusCode());
    }

    @Test
    void S1_refusalsAreCountedByReasonWithoutTheCredential() throws Exception {
        send("GET", "Authorization", basic(USER, "guess-that-must-not-show"));
        send("GET");

        String metrics = text(send("GET", "Authorization", "Bearer " + TOKEN));
        assertTrue(metrics.matches("(?s).*promcdi_scrape_auth_failures_total\\{reason=\"invalid\"} [1-9].*"), metrics);
        assertTrue(metrics.matches("(?s).*promcdi_scrape_auth_failures_total\\{reason=\"missing\"} [1-9].*"), metrics);
        assertFalse(metrics.contains("guess-that-must-not-show"), metrics);
        assertFalse(metrics.contains(TOKEN), metrics);
    }

    /** An {@code Authorization} value of basic authentication. */
    protected static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The body as UTF-8 text. */
    protected static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
