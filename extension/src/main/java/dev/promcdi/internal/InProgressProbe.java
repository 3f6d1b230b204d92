package dev.promcdi.internal;

import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
import io.prometheus.metrics.model.snapshots.Labels;

/** {@code @TrackInProgress}: up on entry, down on exit. */
public final class InProgressProbe implements Probe {

    private final GaugeDataPoint dataPoint;

    /**
     * Tracks calls in progress in {@code dataPoint}.
     *
     * @param dataPoint the gauge
     */
    public InProgressProbe(GaugeDataPoint dataPoint) {
        this.dataPoint = dataPoint;
    }

    @Override
    public void enter() {
        dataPoint.inc();
    }

    @Override
    public void exit(long elapsedNanos, Throwable failure, Labels exemplar) {
        dataPoint.dec();
    }
}
