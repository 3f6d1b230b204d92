package dev.promcdi.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * S1 end to end: the shop's metrics endpoint protected by {@code promcdi.metrics.auth.*} (the
 * password's hash and the token read from files), scraped by a real Prometheus with
 * {@code basic_auth}, with {@code authorization: {credentials_file: ...}}, and with a wrong
 * password: the first two targets are up, the third down on a 401.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrometheusProtectedScrapeEndToEndTest {

    private static final String PASSWORD = "scrape-secret";
    private static final String TOKEN = "scrape-token-7f3a";
    private static final List<String> KEYS = List.of("promcdi.metrics.auth.basic.user",
            "promcdi.metrics.auth.basic.password-hash-file", "promcdi.metrics.auth.bearer.token-file");

    Path secrets;
    ExampleServer shop;
    Prometheus prometheus;

    @BeforeAll
    void startShopAndPrometheus() throws Exception {
        Path binary = Prometheus.onPath("prometheus").orElse(null);
        if (binary == null) {
            Assumptions.abort("Skipped: prometheus is not on the PATH; install the Debian package prometheus "
                    + "to scrape the protected endpoint with a real Prometheus.");
        }
        secrets = Files.createTempDirectory("promcdi-secrets");
        Path hash = Files.writeString(secrets.resolve("password.bcrypt"),
                BCrypt.with(BCrypt.Version.VERSION_2Y).hashToString(10, PASSWORD.toCharArray()) + "\n");
        Path token = Files.writeString(secrets.resolve("token"), TOKEN + "\n");
        System.setProperty(KEYS.get(0), "prometheus");
        System.setProperty(KEYS.get(1), hash.toString());
        System.setProperty(KEYS.get(2), token.toString());
        shop = ExampleServer.start("127.0.0.1", 0);
        Map<String, List<String>> jobs = new LinkedHashMap<>();
        jobs.put("basic", List.of("    basic_auth:", "      username: prometheus", "      password: " + PASSWORD));
        jobs.put("bearer", List.of("    authorization:", "      credentials_file: " + token));
        jobs.put("wrong", List.of("    basic_auth:", "      username: prometheus", "      password: guess"));
        prometheus = Prometheus.withCredentials(binary, shop.uri("metrics"), jobs);
    }

    @AfterAll
    void stopAll() throws Exception {
        try {
            if (prometheus != null) {
                prometheus.close();
            }
            if (shop != null) {
                shop.close();
            }
        } finally {
            KEYS.forEach(System::clearProperty);
            if (secrets != null) {
                try (var files = Files.list(secrets)) {
                    for (Path file : files.toList()) {
                        Files.delete(file);
                    }
                }
                Files.delete(secrets);
            }
        }
    }

    @Test
    void S1_prometheusScrapesWithBasicAuthAndWithABearerTokenFileAndIsRefusedWithAWrongPassword() throws Exception {
        Map<String, JsonObject> targets = prometheus.await(this::targetsByJob, byJob -> byJob.size() == 3
                && byJob.values().stream().noneMatch(target -> target.getString("health").equals("unknown")));

        String seen = targets + "\n" + prometheus.log();
        assertEquals("up", health(targets, "basic"), seen);
        assertEquals("up", health(targets, "bearer"), seen);
        assertEquals("down", health(targets, "wrong"), seen);
        assertTrue(targets.get("wrong").getString("lastError").contains("401"), seen);
    }

    @Test
    void S1_theRefusedScrapesAreCountedInTheShopsOwnMetrics() throws Exception {
        JsonArray counted = prometheus.await(() -> prometheus.query(
                "promcdi_scrape_auth_failures_total{job=\"basic\",reason=\"invalid\"}"),
                result -> !result.isEmpty() && Double.parseDouble(result.getJsonObject(0).getJsonArray("value").getString(1)) > 0);

        assertTrue(!counted.isEmpty(), "the wrong job's refusals, as the basic job scraped them: " + counted);
    }

    private Map<String, JsonObject> targetsByJob() throws IOException, InterruptedException {
        return prometheus.activeTargets().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(target -> target.getJsonObject("labels").getString("job"), target -> target,
                        (first, second) -> first));
    }

    private static String health(Map<String, JsonObject> targets, String job) {
        JsonObject target = targets.get(job);
        return target == null ? "no target" : target.getString("health");
    }
}
