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

    /** The number of observations of a histogram series, 0 when it has none yet. */
    public long count(String name, String... labels) {
        return point(name, labels).map(p -> p instanceof HistogramSnapshot.HistogramDataPointSnapshot h
                ? h.getCount() : ((SummarySnapshot.SummaryDataPointSnapshot) p).getCount()).orElse(0L);
    }

    /** The sum of the observations of a histogram or summary series. */
    public double sum(String name, String... labels) {
        return point(name, labels).map(p -> p instanceof HistogramSnapshot.HistogramDataPointSnapshot h
                ? h.getSum() : ((SummarySnapshot.SummaryDataPointSnapshot) p).getSum()).orElse(0.0);
    }

    /** The value of a counter or gauge series, 0 when it does not exist. */
    public double value(String name, String... labels) {
        return point(name, labels).map(p -> p instanceof CounterSnapshot.CounterDataPointSnapshot c
                ? c.getValue() : ((GaugeSnapshot.GaugeDataPointSnapshot) p).getValue()).orElse(0.0);
    }

    /** Whether the series exists at all. */
    public boolean has(String name, String... labels) {
        return point(name, labels).isPresent();
    }

    /** The metric family registered under {@code name}, if any. */
    public Optional<MetricSnapshot> family(String name) {
        return registry.scrape().stream().filter(s -> s.getMetadata().getPrometheusName().equals(name)).findFirst();
    }

    private Optional<DataPointSnapshot> point(String name, String... labels) {
        Labels wanted = Labels.of(labels);
        return family(name).flatMap(family -> family.getDataPoints().stream()
                .filter(p -> p.getLabels().equals(wanted)).map(p -> (DataPointSnapshot) p).findFirst());
    }
}
