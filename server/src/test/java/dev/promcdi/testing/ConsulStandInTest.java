package dev.promcdi.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stand-in is as strict as the agent API it stands for, so tests against it mean something. */
class ConsulStandInTest {

    ConsulStandIn consul;
    final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        consul = ConsulStandIn.start();
    }

    @AfterEach
    void stop() {
        consul.close();
    }

    @Test
    void aValidRegistrationIsListedAndReadable() throws Exception {
        assertEquals(200, put("/v1/agent/service/register", "{\"Name\":\"web\",\"ID\":\"web-1\",\"Port\":80,"
                + "\"Check\":{\"HTTP\":\"http://h/metrics\",\"Interval\":\"10s\"}}").statusCode());

        assertTrue(get("/v1/agent/services").body().contains("\"web-1\""));
        assertEquals(200, get("/v1/agent/service/web-1").statusCode());
    }

    @Test
    void theCatalogAnswersBlockingQueriesAndTheHealthEndpointListsTheInstances() throws Exception {
        HttpResponse<String> empty = get("/v1/catalog/services");
        assertEquals("{}", empty.body());
        String index = empty.headers().firstValue("X-Consul-Index").orElseThrow();
        assertEquals("0", empty.headers().firstValue("X-Consul-LastContact").orElseThrow());

        var blocked = client.sendAsync(HttpRequest.newBuilder(consul.uri().resolve("/v1/catalog/services?index=" + index
                + "&wait=10000ms")).build(), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        assertFalse(blocked.isDone(), "a blocking query waits for a change");
        put("/v1/agent/service/register", "{\"Name\":\"shop\",\"ID\":\"shop-1\",\"Address\":\"127.0.0.1\",\"Port\":9100,"
                + "\"Tags\":[\"eu\"],\"Meta\":{\"metrics_path\":\"/metrics\"}}");
        HttpResponse<String> changed = blocked.get(5, TimeUnit.SECONDS);
        assertEquals("{\"shop\":[\"eu\"]}", changed.body());
        assertNotEquals(index, changed.headers().firstValue("X-Consul-Index").orElseThrow());

        String health = get("/v1/health/service/shop?dc=dc1").body();
        assertTrue(health.contains("\"Service\":{\"ID\":\"shop-1\",\"Service\":\"shop\""), health);
        assertTrue(health.contains("\"Port\":9100") && health.contains("\"Datacenter\":\"dc1\""), health);
        assertEquals(500, get("/v1/health/service/shop?dc=elsewhere").statusCode(), "no other datacenter");
        assertEquals(400, get("/v1/catalog/services?index=1&wait=soon").statusCode(), "a wait that is no duration");
    }

    @Test
    void malformedOrUnknownOrMistypedFieldsAreRejected() throws Exception {
        assertEquals(400, put("/v1/agent/service/register", "{\"Name\":").statusCode());
        assertEquals(400, put("/v1/agent/service/register", "{\"Name\":\"web\",\"Colour\":\"red\"}").statusCode());
        assertEquals(400, put("/v1/agent/service/register", "{\"Name\":\"web\",\"Port\":\"80\"}").statusCode());
        assertEquals(400, put("/v1/agent/service/register", "{\"Name\":\"web\",\"Port\":80.5}").statusCode());
        assertEquals(400, put("/v1/agent/service/register",
                "{\"Name\":\"web\",\"Check\":{\"HTTP\":\"http://h\",\"Interval\":\"ten\"}}").statusCode());
        assertEquals(400, put("/v1/agent/service/register", "{\"ID\":\"web-1\"}").statusCode(), "missing Name");
        assertTrue(consul.services().isEmpty());
    }

    @Test
    void unknownIdsPathsAndMethodsAreRefused() throws Exception {
        assertEquals(404, put("/v1/agent/service/deregister/nobody", "").statusCode());
        assertEquals(404, get("/v1/agent/service/nobody").statusCode());
        assertEquals(404, get("/v1/agent/checks/whatever").statusCode());
        assertEquals(405, get("/v1/agent/service/register").statusCode());
    }

    @Test
    void withAclsOnAWrongOrMissingTokenIsForbidden() throws Exception {
        consul.requireToken("right");

        assertEquals(403, put("/v1/agent/service/register", "{\"Name\":\"web\"}").statusCode());
        assertEquals(403, client.send(HttpRequest.newBuilder(consul.uri().resolve("/v1/agent/services"))
                .header("X-Consul-Token", "wrong").build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(200, client.send(HttpRequest.newBuilder(consul.uri().resolve("/v1/agent/services"))
                .header("X-Consul-Token", "right").build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    private HttpResponse<String> put(String path, String body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(consul.uri().resolve(path)).PUT(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(consul.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
