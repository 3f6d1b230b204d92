package dev.promcdi.jaxrs;

import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.Unit;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One {@code (method, route)} pair and its data points: the active-requests gauge resolved at
 * once, the duration per status (100 to 599) resolved on its first use, so a request does no
 * look-up. With the default metrics switched off it only carries the labels for monitors.
 */
final class Route {

    private static final int FIRST_STATUS = 100;
    private static final int LAST_STATUS = 599;

    final String method;
    final String template;
    private final Histogram durations;
    private final GaugeDataPoint active;
    private final AtomicReferenceArray<DistributionDataPoint> byStatus;

    Route(String method, String template, Histogram durations, Gauge active) {
        this.method = method;
        this.template = template;
        this.durations = durations;
        this.active = active == null ? null : active.labelValues(method, template);
        this.byStatus = durations == null ? null : new AtomicReferenceArray<>(LAST_STATUS - FIRST_STATUS + 1);
    }

    void started() {
        if (active != null) {
            active.inc();
        }
    }

    /**
     * @param wasStarted whether {@link #started} ran for this request, so the gauge goes back down
     * @param exemplar the trace of the request's span, or null to let the client sample the current one
     */
    void finished(boolean wasStarted, int status, long elapsedNanos, Labels exemplar) {
        if (wasStarted && active != null) {
            active.dec();
        }
        if (durations != null) {
            DistributionDataPoint duration = duration(status);
            if (exemplar == null) {
                duration.observe(Unit.nanosToSeconds(elapsedNanos));
            } else {
                duration.observeWithExemplar(Unit.nanosToSeconds(elapsedNanos), exemplar);
            }
        }
    }

    private DistributionDataPoint duration(int status) {
        if (status < FIRST_STATUS || status > LAST_STATUS) {
            return durations.labelValues(method, template, Integer.toString(status));
        }
        DistributionDataPoint point = byStatus.get(status - FIRST_STATUS);
        if (point == null) { // labelValues returns the same child every time, so a race is harmless
            point = durations.labelValues(method, template, Integer.toString(status));
            byStatus.set(status - FIRST_STATUS, point);
        }
        return point;
    }
}
