package dev.promcdi.internal;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;

/** {@code @Count}: one per call, on entry. */
public final class CountProbe implements Probe {

    private final CounterDataPoint dataPoint;

    /**
     * Counts every call into {@code dataPoint}.
     *
     * @param dataPoint the counter
     */
    public CountProbe(CounterDataPoint dataPoint) {
        this.dataPoint = dataPoint;
    }

    @Override
    public void enter() {
        dataPoint.inc();
    }

    @Override
    public void exit(long elapsedNanos, Throwable failure) {
    }
}
