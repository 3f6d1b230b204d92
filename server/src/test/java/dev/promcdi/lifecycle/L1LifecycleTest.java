package dev.promcdi.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.testing.ConsulStandIn;
import dev.promcdi.server.internal.ServerExtension;
import dev.promcdi.testing.Containers;
import dev.promcdi.testing.Fixtures;
import dev.promcdi.testing.SelfSignedCertificate;
import dev.promcdi.testing.TestConfigSource;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * L1: on container start the configured metrics server listens and every service discovery
 * registers the endpoint; on shutdown each registration is undone and the server closes.
 */
class L1LifecycleTest {

    ConsulStandIn consul;

    @BeforeEach
    void start() throws IOException {
        consul = ConsulStandIn.start();
        RecordingDiscovery.EVENTS.clear();
    }

    @AfterEach
    void stop() {
        consul.close();
        TestConfigSource.VALUES.clear();
    }

    @Test
    void L1_theServerListensAndIsRegisteredAtStartAndBothAreUndoneAtShutdown() throws Exception {
        configure("server.port", "0", "server.address", "127.0.0.1", "consul.enabled", "true",
                "consul.agent-url", consul.uri().toString(), "consul.service-name", "shop");

        WeldContainer container = deployment(Fixtures.class).initialize();
        String url;
        try {
            JsonObject service = consul.services().values().iterator().next();
            assertEquals("shop", service.getString("Name"));
            url = service.getJsonObject("Check").getString("HTTP");
            assertEquals("http://127.0.0.1:" + service.getInt("Port") + "/metrics", url);
            HttpResponse<String> scrape = get(url);
            assertEquals(200, scrape.statusCode());
            assertTrue(scrape.body().contains("jvm_threads_current"), "serves the deployment's registry");
        } finally {
            container.shutdown();
        }

        assertTrue(consul.services().isEmpty(), "deregistered at shutdown");
        assertThrows(ConnectException.class, () -> get(url), "the server is closed");
    }

    @Test
    void S1_aProtectedServerIsCheckedByConsulOnItsOpenHealthPathAndScrapedWithItsToken(@TempDir Path directory)
            throws Exception {
        Path token = Files.writeString(directory.resolve("token"), "scraper-token\n");
        configure("server.port", "0", "server.address", "127.0.0.1", "server.auth.bearer.token-file", token.toString(),
                "consul.enabled", "true", "consul.agent-url", consul.uri().toString());

        WeldContainer container = deployment(Fixtures.class).initialize();
        try {
            JsonObject service = consul.services().values().iterator().next();
            String check = service.getJsonObject("Check").getString("HTTP");
            String metrics = "http://127.0.0.1:" + service.getInt("Port") + "/metrics";
            assertEquals("http://127.0.0.1:" + service.getInt("Port") + "/-/healthy", check);
            assertEquals(200, get(check).statusCode(), "Consul's check needs no credential");
            assertEquals(401, get(metrics).statusCode());
            HttpResponse<String> scrape = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(metrics))
                    .header("Authorization", "Bearer scraper-token").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, scrape.statusCode());
            assertTrue(scrape.body().contains("promcdi_scrape_auth_failures_total{reason=\"missing\"} 1.0"), scrape.body());
        } finally {
            container.shutdown();
        }
    }

    @Test
    void L1_theApplicationsServiceDiscoveryBeansReplaceTheConfiguredConsul() {
        configure("server.port", "0", "server.address", "127.0.0.1", "consul.enabled", "true",
                "consul.agent-url", consul.uri().toString());

        WeldContainer container = deployment(Fixtures.class, RecordingDiscovery.class).initialize();
        container.shutdown();

        assertEquals(2, RecordingDiscovery.EVENTS.size(), RecordingDiscovery.EVENTS.toString());
        String url = RecordingDiscovery.EVENTS.get(0).substring("register ".length());
        assertEquals(List.of("register " + url, "deregister " + url), RecordingDiscovery.EVENTS);
        assertTrue(consul.received().isEmpty(), "Consul from configuration is only a default");
    }

    @Test
    void L1_theStandaloneServerIsAnnouncedUnderTheConfiguredHostWithTheConfiguredToken() {
        consul.requireToken("s3cret");
        configure("server.port", "0", "server.address", "127.0.0.1", "consul.enabled", "true",
                "consul.agent-url", consul.uri().toString(), "consul.address", "metrics.shop.internal",
                "consul.token", "s3cret");

        WeldContainer container = deployment(Fixtures.class).initialize();
        try {
            JsonObject service = consul.services().values().iterator().next();
            assertEquals("metrics.shop.internal", service.getString("Address"));
            assertTrue(service.getJsonObject("Check").getString("HTTP").startsWith("http://metrics.shop.internal:"));
            assertTrue(consul.received().stream().allMatch(request -> "s3cret".equals(request.token())),
                    "every request carries the token");
        } finally {
            container.shutdown();
        }
        assertTrue(consul.services().isEmpty(), "deregistered with the token too");
    }

    @Test
    void L1_withoutAServerTheConfiguredEndpointOfTheApplicationIsAnnounced() {
        configure("consul.enabled", "true", "consul.agent-url", consul.uri().toString(), "consul.address", "shop.internal",
                "consul.port", "8443", "consul.scheme", "https", "consul.metrics-path", "/shop/api/metrics",
                "consul.tags", "eu, prod", "consul.check-interval", "30s", "consul.deregister-critical-service-after", "5m");

        WeldContainer container = deployment(Fixtures.class).initialize();
        try {
            JsonObject service = consul.services().get("app-metrics-shop.internal-8443");
            assertEquals("shop.internal", service.getString("Address"));
            assertEquals(8443, service.getInt("Port"));
            assertEquals("/shop/api/metrics", service.getJsonObject("Meta").getString("metrics_path"));
            assertEquals("https", service.getJsonObject("Meta").getString("scheme"));
            assertEquals("https://shop.internal:8443/shop/api/metrics", service.getJsonObject("Check").getString("HTTP"));
            assertEquals("30s", service.getJsonObject("Check").getString("Interval"));
            assertEquals("300s", service.getJsonObject("Check").getString("DeregisterCriticalServiceAfter"));
            assertEquals("[\"eu\",\"prod\"]", service.getJsonArray("Tags").toString());
        } finally {
            container.shutdown();
        }
        assertTrue(consul.services().isEmpty());
    }

    @Test
    void L1_invalidSettingsOfEveryModuleFailTheStartInOneReportNamingEveryKey() {
        configure("server.port", "http", "consul.enabled", "true", "consul.check-interval", "often",
                "consul.scheme", "ftp", "consul.port", "70000", "jvm-metrics.enabled", "yes");

        String message = Containers.startFailure(deployment(Fixtures.class)).getMessage();

        for (String expected : List.of(
                "Invalid value 'http' for configuration key promcdi.server.port: expected a port number from 0 to 65535",
                "Invalid value 'often' for configuration key promcdi.consul.check-interval: expected a positive duration",
                "Invalid value 'ftp' for configuration key promcdi.consul.scheme: expected http or https.",
                "Invalid value '70000' for configuration key promcdi.consul.port: expected a port number from 1 to 65535.",
                "Invalid value 'yes' for configuration key promcdi.jvm-metrics.enabled: expected true or false.")) {
            assertTrue(message.contains(expected), expected + " in\n" + message);
        }
        assertTrue(message.contains("promcdi found 5 problems in this deployment"), message);
    }

    @Test
    void L1_aRequiredAgentThatIsDownFailsTheStartNamingIt() throws IOException {
        URI agent = consul.uri();
        consul.stop();
        configure("server.port", "0", "server.address", "127.0.0.1", "consul.enabled", "true",
                "consul.agent-url", agent.toString(), "consul.required", "true");

        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> deployment(Fixtures.class).initialize().shutdown());

        assertTrue(stackMessages(failure).contains("Consul agent " + agent + " did not register service"),
                stackMessages(failure));
    }

    @Test
    void L1_shutdownDoesNotHangOnADeadAgent() {
        configure("server.port", "0", "server.address", "127.0.0.1", "consul.enabled", "true",
                "consul.agent-url", consul.uri().toString());
        WeldContainer container = deployment(Fixtures.class).initialize();
        consul.stop();

        long start = System.nanoTime();
        container.shutdown();
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertTrue(millis < 5_000, "shutdown took " + millis + " ms");
    }

    @Test
    void L1_aKeyStoreFromConfigurationServesHttps(@TempDir Path directory) throws Exception {
        SelfSignedCertificate certificate = SelfSignedCertificate.create(directory);
        configure("server.port", "0", "server.address", "127.0.0.1", "server.keystore", certificate.keyStore().toString(),
                "server.keystore-password", SelfSignedCertificate.PASSWORD);
        WeldContainer container = deployment(Fixtures.class, RecordingDiscovery.class).initialize();
        try {
            String url = RecordingDiscovery.EVENTS.get(0).substring("register ".length());
            assertTrue(url.startsWith("https://127.0.0.1:"), url);
            HttpClient trusting = HttpClient.newBuilder().sslContext(certificate.clientContext()).build();
            assertEquals(200, trusting.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        } finally {
            container.shutdown();
        }
    }

    @Test
    void L1_anUnreadableKeyStoreFailsTheStartNamingTheKey() {
        configure("server.port", "0", "server.keystore", "/nonexistent/server.p12");

        String message = Containers.startFailure(deployment(Fixtures.class)).getMessage();

        assertTrue(message.contains("Invalid value '/nonexistent/server.p12' for configuration key "
                + "promcdi.server.keystore: expected a PKCS12 or JKS file that opens with the password in "
                + "promcdi.server.keystore-password, but it cannot be read"), message);
    }

    /** A deployment of promcdi and this module, with {@code beans}. */
    private static Weld deployment(Class<?>... beans) {
        return Containers.weldWithModule(new ServerExtension(), ServerLiteOnly.class, beans);
    }

    private static void configure(String... keysAndValues) {
        for (int i = 0; i < keysAndValues.length; i += 2) {
            TestConfigSource.VALUES.put("promcdi." + keysAndValues[i], keysAndValues[i + 1]);
        }
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/plain").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String stackMessages(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
