package dev.promcdi.internal;

import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.model.snapshots.Labels;
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
    public void exit(long elapsedNanos, Throwable failure, Labels exemplar) {
        if (exemplar == null) {
            dataPoint.observe(Unit.nanosToSeconds(elapsedNanos)); // the client samples the current span
        } else {
            dataPoint.observeWithExemplar(Unit.nanosToSeconds(elapsedNanos), exemplar);
        }
    }

    @Override
    public boolean needsTime() {
        return true;
    }
}
