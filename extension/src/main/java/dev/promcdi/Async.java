package dev.promcdi;

import dev.promcdi.internal.ExceptionProbe;
import dev.promcdi.internal.InProgressProbe;
import dev.promcdi.internal.Probe;
import dev.promcdi.internal.Site;
import dev.promcdi.internal.TimeProbe;
import dev.promcdi.spi.Ticker;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The three measurements of the annotations, for a {@link CompletionStage} already in hand,
 * like prometheus-async's {@code time(metric, future)}. Each takes a data point of the Prometheus
 * client, so labelled children work:
 *
 * <pre>{@code
 * CompletionStage<Reply> reply = Async.time(LATENCY.labelValues("backend-a"), client.send(request));
 * }</pre>
 *
 * <p>Each returns a future that completes like the given stage, but only after the metric was
 * updated; cancelling it cancels the given stage when that is a {@code Future}.
 */
public final class Async {

    private static final String METRIC_NULL = "The metric is null; pass a metric or one of its labelled children.";
    private static final String STAGE_NULL = "The stage is null; pass the CompletionStage to measure.";
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
        Class<?>[] counted = new Class<?>[exceptions.length];
        for (int i = 0; i < counted.length; i++) {
            counted[i] = Objects.requireNonNull(exceptions[i], EXCEPTION_NULL);
        }
        return measure(new ExceptionProbe(Objects.requireNonNull(metric, METRIC_NULL), counted), stage);
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

    private static <T> CompletableFuture<T> measure(Probe probe, CompletionStage<T> stage) {
        Objects.requireNonNull(stage, STAGE_NULL);
        return new Site(Ticker.SYSTEM, new Probe[] {probe}, CompletionStage.class).measureFromNow(stage);
    }
}
