package dev.promcdi.internal;

import io.prometheus.metrics.core.datapoints.GaugeDataPoint;

/** {@code @TrackInProgress}: up on entry, down on exit. */
final class InProgressProbe implements Probe {

    private final GaugeDataPoint dataPoint;

    InProgressProbe(GaugeDataPoint dataPoint) {
        this.dataPoint = dataPoint;
    }

    @Override
    public void enter() {
        dataPoint.inc();
    }

    @Override
    public void exit(long elapsedNanos, Throwable failure) {
        dataPoint.dec();
    }
}
