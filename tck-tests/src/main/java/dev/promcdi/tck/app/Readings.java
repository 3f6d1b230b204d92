package dev.promcdi.tck.app;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;

/** What the registry holds right now, read inside the application (for checks that a scrape cannot make). */
final class Readings {

    private Readings() {
    }

    /** The observation count of the unlabelled histogram {@code name}. */
    static long histogramCount(String name) {
        for (MetricSnapshot snapshot : PrometheusRegistry.defaultRegistry.scrape(name::equals)) {
            if (snapshot instanceof HistogramSnapshot histogram) {
                return histogram.getDataPoints().get(0).getCount();
            }
        }
        throw new IllegalStateException("No histogram named " + name + " is registered.");
    }
}
