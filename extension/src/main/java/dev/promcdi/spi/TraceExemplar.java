package dev.promcdi.spi;

import io.prometheus.metrics.model.snapshots.Exemplar;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.tracer.common.SpanContext;
import io.prometheus.metrics.tracer.initializer.SpanContextSupplier;

/**
 * The trace of the span current on the calling thread, taken when a measurement starts, so that
 * an observation made later on another thread still links to it. The Prometheus client samples
 * exemplars from the span current when it observes; after an asynchronous call that is some other
 * thread's span, or none.
 *
 * <p>The span comes from the client's own {@link SpanContextSupplier} (OpenTelemetry's API, or its
 * Java agent); the labels go to the client's {@code observeWithExemplar}, whose sampler decides,
 * as for any observation, whether they become an exemplar.
 */
public final class TraceExemplar {

    private TraceExemplar() {
    }

    /**
     * The {@code trace_id} and {@code span_id} of the sampled span current on this thread.
     *
     * @return the labels, or {@code null} when no tracer is present or no sampled span is current
     */
    public static Labels ofCurrentSpan() {
        SpanContext spans = SpanContextSupplier.getSpanContext();
        if (spans == null) {
            return null;
        }
        try {
            if (!spans.isCurrentSpanSampled()) {
                return null;
            }
            String traceId = spans.getCurrentTraceId();
            String spanId = spans.getCurrentSpanId();
            return traceId == null || spanId == null
                    ? null
                    : Labels.of(Exemplar.TRACE_ID, traceId, Exemplar.SPAN_ID, spanId);
        } catch (LinkageError tracerGone) { // as the client's sampler: a tracer API it cannot use
            return null;
        }
    }
}
