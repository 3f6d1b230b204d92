package dev.promcdi.internal;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.model.snapshots.Labels;

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
    public void exit(long elapsedNanos, Throwable failure, Labels exemplar) {
    }

    @Override
    public boolean atCall() {
        return true;
    }
}
