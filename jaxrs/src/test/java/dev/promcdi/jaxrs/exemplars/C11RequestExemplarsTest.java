package dev.promcdi.jaxrs.exemplars;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.promcdi.jaxrs.app.Embedded;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * C11 for requests: the trace current when a request arrives is the exemplar of its
 * {@code http_server_request_duration_seconds} observation, also when an async resource ends it
 * on another thread; a request without a sampled trace gets none.
 */
class C11RequestExemplarsTest {

    private static final String OPENMETRICS = "application/openmetrics-text; version=1.0.0; charset=utf-8";
    private static Embedded shop;

    @BeforeAll
    static void startShop() throws Exception {
        shop = Embedded.start(new TracedShop(), "api");
    }

    @AfterAll
    static void stopShop() throws Exception {
        shop.close();
    }

    @ParameterizedTest
    @CsvSource({
        "users/ada, /api/users/{id}, 4bf92f3577b34da6a3ce929d0e0e4736",
        "async/stage?ms=50, /api/async/stage, 5bf92f3577b34da6a3ce929d0e0e4736",
        "async/suspended?ms=50, /api/async/suspended, 6bf92f3577b34da6a3ce929d0e0e4736"})
    void C11_theDurationOfATracedRequestCarriesItsTrace(String path, String route, String traceId) throws Exception {
        shop.get(path, "traceparent", "00-" + traceId + "-00f067aa0ba902b7-01");

        assertEquals(List.of(traceId + " 00f067aa0ba902b7"), exemplars(route));
    }

    @ParameterizedTest
    @CsvSource({"users/bob, /api/users/{id}", "async/suspended?ms=20, /api/async/suspended"})
    void C11_noExemplarWithoutASampledTrace(String path, String route) throws Exception {
        shop.get(path); // no trace at all
        shop.get(path, "traceparent", "00-7bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00"); // not sampled

        assertEquals(List.of(), exemplars(route).stream().filter(ids -> !ids.startsWith("4bf9")
                && !ids.startsWith("6bf9")).toList(), "only the traces of the sampled requests");
    }

    /** The trace and span ids of the exemplars on the route's duration buckets, status 200. */
    private static List<String> exemplars(String route) throws Exception {
        Pattern exemplar = Pattern.compile("# \\{span_id=\"(\\w+)\",trace_id=\"(\\w+)\"}");
        String bucket = "http_server_request_duration_seconds_bucket{method=\"GET\",route=\"" + route + "\",status=\"200\"";
        return shop.get("metrics", "Accept", OPENMETRICS).body().lines()
                .filter(line -> line.startsWith(bucket))
                .map(exemplar::matcher).filter(Matcher::find)
                .map(match -> match.group(2) + " " + match.group(1)).toList();
    }
}
