package dev.promcdi.internal.cdi;

import io.prometheus.metrics.config.PrometheusProperties;
import io.prometheus.metrics.instrumentation.jvm.JvmBufferPoolMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmClassLoadingMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmCompilationMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmGarbageCollectorMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmMemoryMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmNativeMemoryMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmRuntimeInfoMetric;
import io.prometheus.metrics.instrumentation.jvm.JvmThreadsMetrics;
import io.prometheus.metrics.instrumentation.jvm.ProcessMetrics;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.registry.PrometheusScrapeRequest;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The JVM metrics of {@code prometheus-metrics-instrumentation-jvm}, registered once per registry
 * however many deployments ask, and unregistered when the last of them releases it.
 *
 * <p>They are collected in a private registry exposed as one {@link MultiCollector}, so they can
 * be taken out again. The allocation metrics ({@code JvmMemoryPoolAllocationMetrics}) are left
 * out: they install a garbage collector listener that cannot be removed and would keep an
 * undeployed application's class loader alive.
 */
final class JvmMetricsRegistration {

    private static final Map<PrometheusRegistry, JvmCollector> REGISTERED = new IdentityHashMap<>();

    private JvmMetricsRegistration() {
    }

    /** Registers the JVM metrics with {@code registry} unless an earlier deployment did. */
    static synchronized void acquire(PrometheusRegistry registry) {
        JvmCollector collector = REGISTERED.get(registry);
        if (collector == null) {
            collector = new JvmCollector();
            registry.register(collector);
            REGISTERED.put(registry, collector);
        }
        collector.users++;
    }

    /** Undoes one {@link #acquire}; the last one unregisters the metrics. */
    static synchronized void release(PrometheusRegistry registry) {
        JvmCollector collector = REGISTERED.get(registry);
        if (collector != null && --collector.users == 0) {
            registry.unregister(collector);
            REGISTERED.remove(registry);
        }
    }

    private static final class JvmCollector implements MultiCollector {

        private final PrometheusRegistry jvm = new PrometheusRegistry();
        private final List<String> names;
        private int users;

        JvmCollector() {
            PrometheusProperties config = PrometheusProperties.get();
            JvmThreadsMetrics.builder(config).register(jvm);
            JvmBufferPoolMetrics.builder(config).register(jvm);
            JvmClassLoadingMetrics.builder(config).register(jvm);
            JvmCompilationMetrics.builder(config).register(jvm);
            JvmGarbageCollectorMetrics.builder(config).register(jvm);
            JvmMemoryMetrics.builder(config).register(jvm);
            JvmNativeMemoryMetrics.builder(config).register(jvm);
            JvmRuntimeInfoMetric.builder(config).register(jvm);
            ProcessMetrics.builder(config).register(jvm);
            names = jvm.scrape().stream().map(s -> s.getMetadata().getPrometheusName()).toList();
        }

        @Override
        public MetricSnapshots collect() {
            return jvm.scrape();
        }

        @Override
        public MetricSnapshots collect(PrometheusScrapeRequest request) {
            return jvm.scrape(request);
        }

        @Override
        public MetricSnapshots collect(Predicate<String> includedNames, PrometheusScrapeRequest request) {
            return jvm.scrape(includedNames, request);
        }

        @Override
        public List<String> getPrometheusNames() {
            return names;
        }
    }
}
