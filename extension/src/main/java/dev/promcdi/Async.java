package dev.promcdi;

import dev.promcdi.internal.ExceptionProbe;
import dev.promcdi.internal.InProgressProbe;
import dev.promcdi.internal.Probe;
import dev.promcdi.internal.Site;
import dev.promcdi.internal.TimeProbe;
import dev.promcdi.internal.reactive.FlowPublishers;
import dev.promcdi.spi.Ticker;
import dev.promcdi.spi.TraceExemplar;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * The three measurements of the annotations, for a {@link CompletionStage} or a
 * {@link Flow.Publisher} already in hand, like prometheus-async's {@code time(metric, future)}.
 * Each takes a data point of the Prometheus client, so labelled children work:
 *
 * <pre>{@code
 * CompletionStage<Reply> reply = Async.time(LATENCY.labelValues("backend-a"), client.send(request));
 * }</pre>
 *
 * <p>For a stage, each returns a future that completes like the given stage, but only after the
 * metric was updated; cancelling it cancels the given stage when that is a {@code Future}. For a
 * publisher, each returns a publisher with the same signals whose every subscription is measured,
 * from subscribe to completion, failure or cancellation. When a sampled span is current at the
 * call, the observation carries its trace as exemplar, on whatever thread it ends.
 */
public final class Async {

    private static final String METRIC_NULL = "The metric is null; pass a metric or one of its labelled children.";
    private static final String STAGE_NULL = "The stage is null; pass the CompletionStage to measure.";
    private static final String PUBLISHER_NULL = "The publisher is null; pass the Flow.Publisher to measure.";
    private static final String EXCEPTION_NULL = "An exception type is null; pass the types to count, or none for all.";

    private Async() {
    }

    /**
     * Observes, in seconds, the time from this call until {@code stage} completes, whatever the
     * outcome.
     *
     * @param <T> the stage's value type
     * @param metric a histogram or summary, or one of their labelled children
     * @param stage the stage to time
     * @return a future that completes like {@code stage}, after the observation
     */
    public static <T> CompletableFuture<T> time(DistributionDataPoint metric, CompletionStage<T> stage) {
        return measure(new TimeProbe(Objects.requireNonNull(metric, METRIC_NULL)), stage);
    }

    /**
     * Increments {@code metric} if {@code stage} fails with one of {@code exceptions}, matched
     * against the cause inside {@code CompletionException} and {@code ExecutionException}.
     *
     * @param <T> the stage's value type
     * @param metric a counter, or one of its labelled children
     * @param stage the stage to watch
     * @param exceptions the failures to count, with their subclasses; none counts every failure
     * @return a future that completes like {@code stage}, after the count
     */
    @SafeVarargs
    public static <T> CompletableFuture<T> countExceptions(CounterDataPoint metric, CompletionStage<T> stage,
            Class<? extends Throwable>... exceptions) {
        return measure(new ExceptionProbe(Objects.requireNonNull(metric, METRIC_NULL), counted(exceptions)), stage);
    }

    /**
     * Increments {@code metric} now and decrements it when {@code stage} completes, whatever the
     * outcome.
     *
     * @param <T> the stage's value type
     * @param metric a gauge, or one of its labelled children
     * @param stage the stage to track
     * @return a future that completes like {@code stage}, after the decrement
     */
    public static <T> CompletableFuture<T> trackInProgress(GaugeDataPoint metric, CompletionStage<T> stage) {
        return measure(new InProgressProbe(Objects.requireNonNull(metric, METRIC_NULL)), stage);
    }

    /**
     * Observes, in seconds, the time from each subscription to {@code publisher} until it
     * completes, fails or is cancelled.
     *
     * @param <T> the item type
     * @param metric a histogram or summary, or one of their labelled children
     * @param publisher the publisher to time
     * @return a publisher with the signals of {@code publisher}, each subscription timed
     */
    public static <T> Flow.Publisher<T> time(DistributionDataPoint metric, Flow.Publisher<T> publisher) {
        return measure(new TimeProbe(Objects.requireNonNull(metric, METRIC_NULL)), publisher);
    }

    /**
     * Increments {@code metric} each time a subscription to {@code publisher} fails with one of
     * {@code exceptions}.
     *
     * @param <T> the item type
     * @param metric a counter, or one of its labelled children
     * @param publisher the publisher to watch
     * @param exceptions the failures to count, with their subclasses; none counts every failure
     * @return a publisher with the signals of {@code publisher}, each failure counted
     */
    @SafeVarargs
    public static <T> Flow.Publisher<T> countExceptions(CounterDataPoint metric, Flow.Publisher<T> publisher,
            Class<? extends Throwable>... exceptions) {
        return measure(new ExceptionProbe(Objects.requireNonNull(metric, METRIC_NULL), counted(exceptions)),
                publisher);
    }

    /**
     * Increments {@code metric} at each subscription to {@code publisher} and decrements it when
     * that subscription completes, fails or is cancelled.
     *
     * @param <T> the item type
     * @param metric a gauge, or one of its labelled children
     * @param publisher the publisher to track
     * @return a publisher with the signals of {@code publisher}, each subscription tracked
     */
    public static <T> Flow.Publisher<T> trackInProgress(GaugeDataPoint metric, Flow.Publisher<T> publisher) {
        return measure(new InProgressProbe(Objects.requireNonNull(metric, METRIC_NULL)), publisher);
    }

    @SafeVarargs
    private static Class<?>[] counted(Class<? extends Throwable>... exceptions) {
        Class<?>[] counted = new Class<?>[exceptions.length];
        for (int i = 0; i < counted.length; i++) {
            counted[i] = Objects.requireNonNull(exceptions[i], EXCEPTION_NULL);
        }
        return counted;
    }

    private static <T> CompletableFuture<T> measure(Probe probe, CompletionStage<T> stage) {
        Objects.requireNonNull(stage, STAGE_NULL);
        return new Site(Ticker.SYSTEM, new Probe[] {probe}, CompletionStage.class).measureFromNow(stage);
    }

    private static <T> Flow.Publisher<T> measure(Probe probe, Flow.Publisher<T> publisher) {
        Objects.requireNonNull(publisher, PUBLISHER_NULL);
        Site subscriptions = new Site(Ticker.SYSTEM, new Probe[] {probe}, void.class);
        return FlowPublishers.measured(publisher, subscriptions, probe.needsTime() ? TraceExemplar.ofCurrentSpan() : null);
    }
}
