package dev.promcdi.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot;
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

    @Test
    void H6_aDebugParameterWithoutAValueIsRefusedLikeAnEmptyOne() {
        ScrapeResponse response = new ScrapeResponder(registry).respond("GET", "/metrics", "debug", name -> null);

        assertEquals(400, response.status());
        assertEquals("Unknown debug format ''; use ?debug=text, ?debug=openmetrics or ?debug=prometheus-protobuf.",
                new String(response.body(), StandardCharsets.UTF_8));
    }

    @Test
    void S1_theRefusalCounterStaysWhileOneProtectedResponderOfItsRegistryIsOpen() {
        ScrapeAccess access = ScrapeAccess.builder().bearerToken("t").build();
        ScrapeResponder first = new ScrapeResponder(registry, null, access);
        ScrapeResponder second = new ScrapeResponder(registry, null, access);
        first.respond("GET", "/metrics", null, name -> null);
        second.respond("GET", "/metrics", null, name -> null);

        first.close();
        assertEquals(2.0, refusedMissing(), "both responders count into one counter, which outlives the first");
        second.close();
        assertTrue(registry.scrape().stream().noneMatch(family -> family.getMetadata().getPrometheusName()
                .equals("promcdi_scrape_auth_failures")), "unregistered with the last responder");
    }

    private double refusedMissing() {
        return registry.scrape().stream().filter(family -> family.getMetadata().getPrometheusName()
                .equals("promcdi_scrape_auth_failures")).flatMap(family -> family.getDataPoints().stream())
                .mapToDouble(point -> ((CounterDataPointSnapshot) point)
                        .getValue()).sum();
    }

    @Test
    void S1_closingAResponderTwiceDoesNotTakeTheCounterFromAnother() {
        ScrapeAccess access = ScrapeAccess.builder().bearerToken("t").build();
        ScrapeResponder first = new ScrapeResponder(registry, null, access);
        ScrapeResponder second = new ScrapeResponder(registry, null, access);
        first.close();
        first.close();

        second.respond("GET", "/metrics", null, name -> null);
        assertEquals(1.0, refusedMissing(), "still registered and counting for the open responder");
        second.close();
    }

    @Test
    void S1_aRefusedHeadHasNoBodyButTheLengthGetWouldHave() {
        ScrapeResponder responder = new ScrapeResponder(registry, null, ScrapeAccess.builder().bearerToken("t").build());
        ScrapeResponse get = responder.respond("GET", "/metrics", null, name -> null);
        ScrapeResponse head = responder.respond("HEAD", "/metrics", null, name -> null);
        responder.close();

        assertEquals(401, head.status());
        assertEquals(0, head.body().length);
        assertEquals(Integer.toString(get.body().length), head.headers().get(ScrapeResponse.CONTENT_LENGTH));
    }
}
