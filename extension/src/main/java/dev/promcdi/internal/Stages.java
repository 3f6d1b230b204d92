package dev.promcdi.internal;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** What {@code dev.promcdi.Async} does, with the clock as a parameter. Not part of the API. */
public final class Stages {

    private Stages() {
    }

    /**
     * Observes the time from now until {@code stage} completes.
     *
     * @param <T> the stage's value type
     * @param ticker the clock
     * @param metric where the duration goes, in seconds
     * @param stage the stage to measure
     * @return a future completing like {@code stage}, after the observation
     */
    public static <T> CompletableFuture<T> time(Ticker ticker, DistributionDataPoint metric, CompletionStage<T> stage) {
        return measure(new Site(ticker, new Probe[] {new TimeProbe(metric)}, CompletionStage.class), stage);
    }

    /**
     * Counts a failure of {@code stage} whose unwrapped cause is one of {@code exceptions}.
     *
     * @param <T> the stage's value type
     * @param metric the counter
     * @param stage the stage to watch
     * @param exceptions the failures to count; none counts every failure
     * @return a future completing like {@code stage}, after the count
     */
    public static <T> CompletableFuture<T> countExceptions(CounterDataPoint metric, CompletionStage<T> stage,
            Class<?>[] exceptions) {
        return measure(new Site(Ticker.SYSTEM, new Probe[] {new ExceptionProbe(metric, exceptions)},
                CompletionStage.class), stage);
    }

    /**
     * Increments {@code metric} now and decrements it when {@code stage} completes.
     *
     * @param <T> the stage's value type
     * @param metric the gauge
     * @param stage the stage to track
     * @return a future completing like {@code stage}, after the decrement
     */
    public static <T> CompletableFuture<T> trackInProgress(GaugeDataPoint metric, CompletionStage<T> stage) {
        return measure(new Site(Ticker.SYSTEM, new Probe[] {new InProgressProbe(metric)}, CompletionStage.class), stage);
    }

    private static <T> CompletableFuture<T> measure(Site site, CompletionStage<T> stage) {
        return site.measure(stage, site.enter());
    }
}
