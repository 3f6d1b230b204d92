package dev.promcdi.internal;

import dev.promcdi.Count;
import dev.promcdi.CountExceptions;
import dev.promcdi.Time;
import dev.promcdi.TrackInProgress;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.core.metrics.Summary;
import java.lang.annotation.Annotation;
import java.util.List;

/** The four interceptor bindings, and what each needs of its metric. */
enum BindingKind {

    TIME(Time.class, "a histogram (or the application's summary)", "Duration of calls to %s, in seconds.") {
        @Override
        boolean accepts(Object metric) {
            return metric instanceof Histogram || metric instanceof Summary;
        }

        @Override
        Probe probe(Object dataPoint, Class<?>[] exceptions) {
            return new TimeProbe((DistributionDataPoint) dataPoint);
        }
    },
    COUNT_EXCEPTIONS(CountExceptions.class, "a counter", "Failed calls to %s.") {
        @Override
        boolean accepts(Object metric) {
            return metric instanceof Counter;
        }

        @Override
        Probe probe(Object dataPoint, Class<?>[] exceptions) {
            return new ExceptionProbe((CounterDataPoint) dataPoint, exceptions);
        }
    },
    TRACK_IN_PROGRESS(TrackInProgress.class, "a gauge", "Calls to %s in progress.") {
        @Override
        boolean accepts(Object metric) {
            return metric instanceof Gauge;
        }

        @Override
        Probe probe(Object dataPoint, Class<?>[] exceptions) {
            return new InProgressProbe((GaugeDataPoint) dataPoint);
        }
    },
    COUNT(Count.class, "a counter", "Calls to %s.") {
        @Override
        boolean accepts(Object metric) {
            return metric instanceof Counter;
        }

        @Override
        Probe probe(Object dataPoint, Class<?>[] exceptions) {
            return new CountProbe((CounterDataPoint) dataPoint);
        }
    };

    static final List<BindingKind> ALL = List.of(values());

    final Class<? extends Annotation> annotationType;
    /** What the metric must be, for messages: "a counter". */
    final String needs;
    private final String defaultHelp;

    BindingKind(Class<? extends Annotation> annotationType, String needs, String defaultHelp) {
        this.annotationType = annotationType;
        this.needs = needs;
        this.defaultHelp = defaultHelp;
    }

    /** The annotation as written in code: {@code @Time}. */
    String display() {
        return "@" + annotationType.getSimpleName();
    }

    /** Counters share a name space: {@code @Count} and {@code @CountExceptions} may share one. */
    boolean isCounter() {
        return this == COUNT || this == COUNT_EXCEPTIONS;
    }

    /** The name under which the client registers the metric: counters lose a {@code _total} suffix. */
    String familyName(String name) {
        return isCounter() && name.endsWith("_total") ? name.substring(0, name.length() - "_total".length()) : name;
    }

    String defaultHelp(String site) {
        return String.format(defaultHelp, site);
    }

    /** Whether an application's metric object can serve this binding. */
    abstract boolean accepts(Object metric);

    /** The probe recording into {@code dataPoint}, a data point of a metric this kind accepts. */
    abstract Probe probe(Object dataPoint, Class<?>[] exceptions);
}
