package dev.promcdi.internal.cdi;

import dev.promcdi.Count;
import dev.promcdi.CountExceptions;
import dev.promcdi.Time;
import dev.promcdi.TrackInProgress;
import dev.promcdi.internal.CountProbe;
import dev.promcdi.internal.ExceptionProbe;
import dev.promcdi.internal.InProgressProbe;
import dev.promcdi.internal.Probe;
import dev.promcdi.internal.TimeProbe;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.core.metrics.MetricWithFixedMetadata;
import io.prometheus.metrics.core.metrics.Summary;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One of the four interceptor bindings, and all it means: how its annotation reads, which label
 * names it reserves, which metric it needs and how promcdi builds one, and the probe that records
 * a call into a data point of that metric. Adding a binding is adding one constant here and its
 * annotation to {@link PromcdiExtension}'s observed list (a test checks that the two agree).
 *
 * @param <A> the annotation
 * @param <D> the data point its probe records into
 */
abstract class BindingKind<A extends Annotation, D extends DataPoint> {

    private static final Class<?>[] EVERY_FAILURE = {};
    private static final double[] NO_BUCKETS = {};

    static final BindingKind<Time, DistributionDataPoint> TIME = new BindingKind<>(Time.class,
            DistributionDataPoint.class, Histogram.class, "a histogram (or the application's summary)",
            "Duration of calls to %s, in seconds.", Set.of("le", "quantile")) {
        @Override
        Binding read(Time time, Method method) {
            return new Binding(this, method, time.value(), time.help(), time.labels(), time.buckets(), EVERY_FAILURE);
        }

        @Override
        boolean accepts(MetricWithFixedMetadata metric) {
            return metric instanceof Histogram || metric instanceof Summary;
        }

        @Override
        MetricWithFixedMetadata build(String name, String help, String[] labelNames, double[] buckets) {
            Histogram.Builder builder = Histogram.builder().name(name).help(help).labelNames(labelNames);
            return buckets.length == 0 ? builder.build() : builder.classicUpperBounds(buckets).build();
        }

        @Override
        Probe probe(DistributionDataPoint dataPoint, Binding binding) {
            return new TimeProbe(dataPoint);
        }
    };

    static final BindingKind<CountExceptions, CounterDataPoint> COUNT_EXCEPTIONS = new BindingKind<>(
            CountExceptions.class, CounterDataPoint.class, Counter.class, "a counter", "Failed calls to %s.", Set.of()) {
        @Override
        Binding read(CountExceptions count, Method method) {
            Class<?>[] counted = Arrays.asList(count.exceptions()).contains(Throwable.class)
                    ? EVERY_FAILURE : count.exceptions();
            return new Binding(this, method, count.value(), count.help(), count.labels(), NO_BUCKETS, counted);
        }

        @Override
        MetricWithFixedMetadata build(String name, String help, String[] labelNames, double[] buckets) {
            return counter(name, help, labelNames);
        }

        @Override
        Probe probe(CounterDataPoint dataPoint, Binding binding) {
            return new ExceptionProbe(dataPoint, binding.exceptions());
        }
    };

    static final BindingKind<TrackInProgress, GaugeDataPoint> TRACK_IN_PROGRESS = new BindingKind<>(
            TrackInProgress.class, GaugeDataPoint.class, Gauge.class, "a gauge", "Calls to %s in progress.", Set.of()) {
        @Override
        Binding read(TrackInProgress track, Method method) {
            return new Binding(this, method, track.value(), track.help(), track.labels(), NO_BUCKETS, EVERY_FAILURE);
        }

        @Override
        MetricWithFixedMetadata build(String name, String help, String[] labelNames, double[] buckets) {
            return Gauge.builder().name(name).help(help).labelNames(labelNames).build();
        }

        @Override
        Probe probe(GaugeDataPoint dataPoint, Binding binding) {
            return new InProgressProbe(dataPoint);
        }
    };

    static final BindingKind<Count, CounterDataPoint> COUNT = new BindingKind<>(
            Count.class, CounterDataPoint.class, Counter.class, "a counter", "Calls to %s.", Set.of()) {
        @Override
        Binding read(Count count, Method method) {
            return new Binding(this, method, count.value(), count.help(), count.labels(), NO_BUCKETS, EVERY_FAILURE);
        }

        @Override
        MetricWithFixedMetadata build(String name, String help, String[] labelNames, double[] buckets) {
            return counter(name, help, labelNames);
        }

        @Override
        Probe probe(CounterDataPoint dataPoint, Binding binding) {
            return new CountProbe(dataPoint);
        }
    };

    /** The counter both counting kinds build, so that they can share a name. */
    private static Counter counter(String name, String help, String[] labelNames) {
        return Counter.builder().name(name).help(help).labelNames(labelNames).build();
    }

    /** Every kind, in the order their probes enter on a method with several. */
    static final List<BindingKind<?, ?>> ALL = List.of(TIME, COUNT_EXCEPTIONS, TRACK_IN_PROGRESS, COUNT);

    final Class<A> annotationType;
    private final Class<D> dataPointType;
    /** The metric promcdi builds; kinds that build the same type may share a name. */
    final Class<? extends MetricWithFixedMetadata> metricType;
    /** What the metric must be, for messages: "a counter". */
    final String needs;
    private final String defaultHelp;
    /** Label names the metric type uses itself, which a site may not set. */
    final Set<String> reservedLabels;

    private BindingKind(Class<A> annotationType, Class<D> dataPointType,
            Class<? extends MetricWithFixedMetadata> metricType, String needs, String defaultHelp,
            Set<String> reservedLabels) {
        this.annotationType = annotationType;
        this.dataPointType = dataPointType;
        this.metricType = metricType;
        this.needs = needs;
        this.defaultHelp = defaultHelp;
        this.reservedLabels = reservedLabels;
    }

    /** The binding {@code annotation}, one of this kind, makes on {@code method}. */
    final Binding bindingOf(Annotation annotation, Method method) {
        return read(annotationType.cast(annotation), method);
    }

    /** The probe recording into {@code dataPoint}, a data point of a metric this kind accepts. */
    final Probe probeFor(Object dataPoint, Binding binding) {
        return probe(dataPointType.cast(dataPoint), binding);
    }

    /** The annotation as written in code: {@code @Time}. */
    final String display() {
        return "@" + annotationType.getSimpleName();
    }

    /** The name under which the client registers the metric: counters lose a {@code _total} suffix. */
    final String familyName(String name) {
        return metricType == Counter.class && name.endsWith("_total") ? name.substring(0, name.length() - "_total".length())
                : name;
    }

    /** The help of a metric no site gives one for. */
    final String defaultHelp(String site) {
        return String.format(defaultHelp, site);
    }

    /** Whether an application's metric can serve this kind: by default, one of the type promcdi builds. */
    boolean accepts(MetricWithFixedMetadata metric) {
        return metricType.isInstance(metric);
    }

    abstract Binding read(A annotation, Method method);

    /** Builds the metric for the sites of one name; {@code buckets} empty for the client's defaults. */
    abstract MetricWithFixedMetadata build(String name, String help, String[] labelNames, double[] buckets);

    abstract Probe probe(D dataPoint, Binding binding);
}
