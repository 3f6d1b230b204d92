package dev.promcdi.consul;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.promcdi.discovery.ConsulAgent;
import dev.promcdi.discovery.MetricsEndpoint;
import dev.promcdi.discovery.Registration;
import dev.promcdi.testing.FreePort;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** L2 against a real {@code consul agent -dev}, when a consul binary is on the PATH. */
class L2RealConsulAgentTest {

    @Test
    void L2_aRealAgentAcceptsTheRegistrationAndTheDeregistration(@TempDir Path data) throws Exception {
        Path consul = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(directory -> Path.of(directory, "consul")).filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(consul != null, "Skipped: no consul binary on the PATH (none can be installed on these machines; "
                + "the strict stand-in covers the API in L2ConsulAgentTest).");
        int http = FreePort.onLoopback();
        Process agent = new ProcessBuilder(consul.toString(), "agent", "-dev", "-bind", "127.0.0.1", "-client", "127.0.0.1",
                "-http-port", String.valueOf(http), "-dns-port", "-1", "-grpc-port", "-1",
                "-serf-lan-port", String.valueOf(FreePort.onLoopback()), "-serf-wan-port", String.valueOf(FreePort.onLoopback()),
                "-server-port", String.valueOf(FreePort.onLoopback()), "-data-dir", data.toString())
                .redirectErrorStream(true).redirectOutput(data.resolve("consul.log").toFile()).start();
        try {
            URI uri = URI.create("http://127.0.0.1:" + http);
            HttpClient client = HttpClient.newHttpClient();
            await("consul agent up").atMost(Duration.ofSeconds(30)).until(() -> answers(client, uri.resolve("/v1/status/leader")));

            Registration registration = ConsulAgent.builder().agent(uri).name("promcdi-it").build()
                    .register(new MetricsEndpoint("http", "127.0.0.1", 9100, "/metrics"));
            assertTrue(registration.isRegistered());
            HttpResponse<String> service = client.send(HttpRequest.newBuilder(
                    uri.resolve("/v1/agent/service/promcdi-it-127.0.0.1-9100")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, service.statusCode());
            assertTrue(service.body().contains("\"metrics_path\":\"/metrics\""), service.body());

            registration.deregister();
            assertEquals(404, client.send(HttpRequest.newBuilder(uri.resolve("/v1/agent/service/promcdi-it-127.0.0.1-9100"))
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        } finally {
            agent.destroy();
            agent.waitFor();
        }
    }

    private static boolean answers(HttpClient client, URI uri) {
        try {
            return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (Exception notYet) {
            return false;
        }
    }
}
