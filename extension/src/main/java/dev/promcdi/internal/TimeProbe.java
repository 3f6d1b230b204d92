package dev.promcdi.internal;

import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.model.snapshots.Unit;

/** {@code @Time}: observes the duration in seconds. */
public final class TimeProbe implements Probe {

    private final DistributionDataPoint dataPoint;

    /**
     * Observes into {@code dataPoint}, in seconds.
     *
     * @param dataPoint the histogram or summary
     */
    public TimeProbe(DistributionDataPoint dataPoint) {
        this.dataPoint = dataPoint;
    }

    @Override
    public void exit(long elapsedNanos, Throwable failure) {
        dataPoint.observe(Unit.nanosToSeconds(elapsedNanos));
    }

    @Override
    public boolean needsTime() {
        return true;
    }
}
