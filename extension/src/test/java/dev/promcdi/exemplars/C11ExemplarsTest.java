package dev.promcdi.exemplars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.testing.Containers;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.prometheus.metrics.expositionformats.OpenMetricsTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.adapter.JdkFlowAdapter;
import reactor.core.publisher.Mono;

/**
 * C11: when a sampled span is current at the call, the observation that ends the measurement
 * carries that span's trace and span ids, on whatever thread it ends. Spans come from the
 * OpenTelemetry SDK; exemplars are read back from the OpenMetrics text the registry writes.
 */
@EnableWeld
class C11ExemplarsTest {

    private static final Pattern EXEMPLAR = Pattern.compile("# \\{span_id=\"(\\w+)\",trace_id=\"(\\w+)\"}");

    @WeldSetup
    WeldInitiator weld = Containers.withFixtures(Traced.class);

    @Inject
    Traced traced;

    @Inject
    PrometheusRegistry registry;

    private final ExecutorService elsewhere = Executors.newSingleThreadExecutor();
    private final SdkTracerProvider tracing = SdkTracerProvider.builder().addSpanProcessor(new Ended()).build();
    private final Tracer tracer = tracing.get("promcdi-test");

    @AfterEach
    void stop() throws InterruptedException {
        elsewhere.shutdownNow();
        assertTrue(elsewhere.awaitTermination(5, TimeUnit.SECONDS));
        tracing.close();
    }

    @Test
    void C11_aStageCompletedOnAnotherThreadCarriesTheCallersTrace() throws Exception {
        CompletableFuture<String> work = new CompletableFuture<>();
        Span span = tracer.spanBuilder("order").startSpan();
        CompletionStage<String> later = inSpan(span, () -> traced.later(work));

        elsewhere.submit(() -> work.complete("done")).get();
        assertEquals("done", later.toCompletableFuture().join());

        assertEquals(List.of(ids(span)), exemplars("later_seconds"));
    }

    @Test
    void C11_reactiveSubscriptionsEndingOnAnotherThreadCarryTheCallersTrace() throws IOException {
        Span span = tracer.spanBuilder("order").startSpan();
        Uni<String> uni = inSpan(span, () -> traced.uni(elsewhere));
        Mono<String> mono = inSpan(span, () -> traced.mono(elsewhere));
        Flow.Publisher<String> flow = inSpan(span, () -> traced.flow(elsewhere));
        // Subscribed after the span's scope closed, items delivered on the other thread.
        uni.await().indefinitely();
        mono.block();
        JdkFlowAdapter.flowPublisherToFlux(flow).blockLast();

        assertEquals(List.of(ids(span)), exemplars("uni_seconds"));
        assertEquals(List.of(ids(span)), exemplars("mono_seconds"));
        assertEquals(List.of(ids(span)), exemplars("flow_seconds"));
    }

    @Test
    void C11_aSynchronousCallCarriesTheCurrentTraceAsTheClientSamplesIt() throws IOException {
        Span span = tracer.spanBuilder("order").startSpan();
        inSpan(span, traced::now);

        assertEquals(List.of(ids(span)), exemplars("now_seconds"));
    }

    @Test
    void C11_withoutASampledSpanNothingIsAttached() throws Exception {
        CompletableFuture<String> work = new CompletableFuture<>();
        traced.later(work);
        elsewhere.submit(() -> work.complete("done")).get();
        try (SdkTracerProvider unsampled = SdkTracerProvider.builder().addSpanProcessor(new Ended())
                .setSampler(Sampler.alwaysOff()).build()) {
            Span span = unsampled.get("promcdi-test").spanBuilder("order").startSpan();
            inSpan(span, () -> traced.mono(elsewhere).block());
        }

        assertEquals(List.of(), exemplars("later_seconds"));
        assertEquals(List.of(), exemplars("mono_seconds"));
    }

    /** Takes no action: the SDK records spans, with trace ids, only for a provider with a processor. */
    private static final class Ended implements SpanProcessor {
        @Override
        public void onStart(Context parent, ReadWriteSpan span) {
        }

        @Override
        public boolean isStartRequired() {
            return false;
        }

        @Override
        public void onEnd(ReadableSpan span) {
        }

        @Override
        public boolean isEndRequired() {
            return false;
        }
    }

    /** Runs {@code work} with {@code span} current, then ends the span. */
    private static <T> T inSpan(Span span, Supplier<T> work) {
        Scope scope = span.makeCurrent();
        try {
            return work.get();
        } finally {
            scope.close();
            span.end();
        }
    }

    private static String ids(Span span) {
        return span.getSpanContext().getSpanId() + " " + span.getSpanContext().getTraceId();
    }

    /** The span and trace ids of every exemplar of the histogram's buckets, as OpenMetrics shows them. */
    private List<String> exemplars(String histogram) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new OpenMetricsTextFormatWriter(false, false).write(out, registry.scrape(histogram::equals));
        return out.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> line.startsWith(histogram + "_bucket"))
                .map(EXEMPLAR::matcher).filter(Matcher::find)
                .map(match -> match.group(1) + " " + match.group(2)).toList();
    }
}
