package dev.promcdi.testing;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.DataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.SummarySnapshot;
import java.util.Optional;

/** Reads values out of a registry the way a scrape would see them. */
public final class Scrape {

    private final PrometheusRegistry registry;

    public Scrape(PrometheusRegistry registry) {
        this.registry = registry;
    }

    /** The number of observations of a histogram or summary series, which must exist. */
    public long count(String name, String... labels) {
        DataPointSnapshot point = series(name, labels);
        return point instanceof HistogramSnapshot.HistogramDataPointSnapshot h
                ? h.getCount() : ((SummarySnapshot.SummaryDataPointSnapshot) point).getCount();
    }

    /** The sum of the observations of a histogram or summary series, which must exist. */
    public double sum(String name, String... labels) {
        DataPointSnapshot point = series(name, labels);
        return point instanceof HistogramSnapshot.HistogramDataPointSnapshot h
                ? h.getSum() : ((SummarySnapshot.SummaryDataPointSnapshot) point).getSum();
    }

    /** The value of a counter or gauge series, which must exist. */
    public double value(String name, String... labels) {
        DataPointSnapshot point = series(name, labels);
        return point instanceof CounterSnapshot.CounterDataPointSnapshot c
                ? c.getValue() : ((GaugeSnapshot.GaugeDataPointSnapshot) point).getValue();
    }

    /** Whether the series exists at all. */
    public boolean has(String name, String... labels) {
        return point(name, labels).isPresent();
    }

    /** The metric family registered under {@code name}, if any. */
    public Optional<MetricSnapshot> family(String name) {
        return registry.scrape().stream().filter(s -> s.getMetadata().getPrometheusName().equals(name)).findFirst();
    }

    private DataPointSnapshot series(String name, String... labels) {
        return point(name, labels).orElseThrow(() -> new AssertionError("No series " + name + Labels.of(labels)
                + " in " + family(name).map(f -> f.getDataPoints().toString()).orElse("the registry")));
    }

    private Optional<DataPointSnapshot> point(String name, String... labels) {
        Labels wanted = Labels.of(labels);
        return family(name).flatMap(family -> family.getDataPoints().stream()
                .filter(p -> p.getLabels().equals(wanted)).map(p -> (DataPointSnapshot) p).findFirst());
    }
}
