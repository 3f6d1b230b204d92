package dev.promcdi.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What {@link ScrapeResponder} answers where the HTTP stacks promcdi runs on do not let such a
 * request through, for an endpoint of one's own on a more lenient stack; the rest of H6 is tested
 * over HTTP on each endpoint ({@code dev.promcdi.testing.MetricsHttpSpecification}).
 */
class ScrapeResponderTest {

    private final PrometheusRegistry registry = new PrometheusRegistry();

    ScrapeResponderTest() {
        Counter.builder().name("jobs_total").help("Jobs.").register(registry).inc(3);
    }

    @Test
    void H6_aQueryThatIsNotPercentEncodingIs400WithAReason() {
        ScrapeResponse response = new ScrapeResponder(registry).respond("GET", "/metrics", "name[]=%zz", name -> null);

        assertEquals(400, response.status());
        assertEquals("text/plain; charset=utf-8", response.headers().get("Content-Type"));
        String reason = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(reason.startsWith("The query string 'name[]=%zz' is not valid percent-encoding"), reason);
        assertEquals(Integer.toString(response.body().length), response.headers().get(ScrapeResponse.CONTENT_LENGTH));
    }

    @Test
    void H6_aFixedFormatServesEveryScrapeUnlessTheQueryAsksForAnother() {
        ScrapeResponder responder = new ScrapeResponder(registry, ExpositionFormat.OPENMETRICS, ScrapeAccess.open());
        Map<String, List<String>> acceptText = Map.of("Accept", List.of("text/plain"));

        assertTrue(contentType(responder.respond("GET", "/metrics", null, acceptText::get))
                .startsWith("application/openmetrics-text"));
        assertTrue(contentType(responder.respond("GET", "/metrics", "format=text", acceptText::get))
                .startsWith("text/plain"));
    }

    private static String contentType(ScrapeResponse response) {
        return response.headers().get("Content-Type");
    }
}
