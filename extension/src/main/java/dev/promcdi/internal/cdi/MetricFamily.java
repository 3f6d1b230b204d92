package dev.promcdi.internal.cdi;

import io.prometheus.metrics.core.metrics.MetricWithFixedMetadata;
import io.prometheus.metrics.core.metrics.StatefulMetric;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

/** A metric and its label names in the order its {@code labelValues} expects them. */
record MetricFamily(MetricWithFixedMetadata metric, List<String> labelNames) {

    /**
     * An application's metric. The client exposes label names only as an unordered set, so the
     * ordered array is read once, here, from the field its subclasses see.
     *
     * @throws IllegalStateException when this client version keeps them elsewhere
     */
    static MetricFamily of(MetricWithFixedMetadata metric) {
        try {
            Field field = MetricWithFixedMetadata.class.getDeclaredField("labelNames");
            field.setAccessible(true);
            return new MetricFamily(metric, List.of((String[]) field.get(metric)));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException(Messages.unreadableLabelNames(metric.getPrometheusName()), e);
        }
    }

    /** The data point of the series {@code labels} names; the metric itself when unlabelled. */
    Object dataPoint(Map<String, String> labels) {
        if (labelNames.isEmpty()) {
            return metric;
        }
        String[] values = labelNames.stream().map(labels::get).toArray(String[]::new);
        return ((StatefulMetric<?, ?>) metric).labelValues(values);
    }
}
