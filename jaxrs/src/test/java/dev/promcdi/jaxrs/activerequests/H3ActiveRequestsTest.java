package dev.promcdi.jaxrs.activerequests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.promcdi.jaxrs.app.MetricsText;
import dev.promcdi.jaxrs.app.ShopServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * H3: http_server_active_requests{method,route} returns to 0 after any mix of successes, mapped
 * and unmapped exceptions, async resources, timeouts and client disconnects.
 */
class H3ActiveRequestsTest extends ShopServer {

    @Test
    void H3_activeRequestsAreCountedWhileInFlight() throws Exception {
        var inFlight = shop.sendAsync("async/stage?ms=800");
        await("the request is in flight").atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertEquals(1, metrics().active("GET", "/api/async/stage")));

        assertEquals(200, inFlight.get().statusCode());
        assertEquals(0, metrics().active("GET", "/api/async/stage"));
    }

    @Test
    void H3_everyOutcomeReturnsTheGaugeToZero() throws Exception {
        for (String path : new String[] {"users/1", "fail/mapped", "fail/unmapped", "fail/missing", "async/stage?ms=5",
                "async/stage-fails", "async/suspended?ms=5", "async/times-out"}) {
            shop.get(path);
        }

        MetricsText after = metrics();
        for (String route : new String[] {"/api/users/{id}", "/api/fail/mapped", "/api/fail/unmapped", "/api/fail/missing",
                "/api/async/stage", "/api/async/stage-fails", "/api/async/suspended", "/api/async/times-out"}) {
            assertEquals(0, after.active("GET", route), route);
        }
        assertEquals(503, shop.get("async/times-out").statusCode(), "an AsyncResponse timeout answers 503");
    }

    @Test
    void H3_aClientThatDisconnectsLeavesNoActiveRequest() throws Exception {
        MetricsText before = metrics();
        for (int i = 0; i < 5; i++) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), shop.uri("").getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write(("GET /api/async/stage?ms=200 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        }

        await("all five ended").atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertEquals(5, metrics().since(before).requests("GET", "/api/async/stage", 200)));
        assertEquals(0, metrics().active("GET", "/api/async/stage"));
    }
}
