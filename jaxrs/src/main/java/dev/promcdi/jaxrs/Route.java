package dev.promcdi.jaxrs;

import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.snapshots.Unit;

/**
 * One {@code (method, route)} pair and its data points: the active-requests gauge resolved at
 * once, the duration per status resolved on its first use, so a request does no look-up.
 */
final class Route {

    private static final int STATUSES = 600;

    final String method;
    final String template;
    private final Histogram durations;
    private final GaugeDataPoint active;
    private final DistributionDataPoint[] byStatus = new DistributionDataPoint[STATUSES];

    Route(String method, String template, Histogram durations, Gauge active) {
        this.method = method;
        this.template = template;
        this.durations = durations;
        this.active = active == null ? null : active.labelValues(method, template);
    }

    void started() {
        if (active != null) {
            active.inc();
        }
    }

    void finished(boolean wasStarted, int status, long elapsedNanos) {
        if (wasStarted && active != null) {
            active.dec();
        }
        if (durations != null) {
            duration(status).observe(Unit.nanosToSeconds(elapsedNanos));
        }
    }

    private DistributionDataPoint duration(int status) {
        if (status < 0 || status >= STATUSES) {
            return durations.labelValues(method, template, Integer.toString(status));
        }
        DistributionDataPoint point = byStatus[status];
        if (point == null) { // a benign race: labelValues returns the same child every time
            point = durations.labelValues(method, template, Integer.toString(status));
            byStatus[status] = point;
        }
        return point;
    }
}
