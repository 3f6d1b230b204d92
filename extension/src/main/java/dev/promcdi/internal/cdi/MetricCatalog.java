package dev.promcdi.internal.cdi;

import dev.promcdi.internal.MeasuredMethod;
import dev.promcdi.internal.Probe;
import dev.promcdi.internal.PublisherAdapter;
import dev.promcdi.internal.PublisherSite;
import dev.promcdi.internal.Site;
import dev.promcdi.internal.reactive.PublisherTypes;
import dev.promcdi.spi.Ticker;
import io.prometheus.metrics.core.metrics.MetricWithFixedMetadata;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The metrics behind every binding of a deployment, one per name: checks that the sites of one
 * name agree, uses the application's own metric of that name when it produces one, else builds
 * and registers one, and resolves each site's data points. Whatever it registered it
 * unregisters on {@link #close()}; the application's metrics are left alone.
 */
final class MetricCatalog implements AutoCloseable {

    private final PrometheusRegistry registry;
    private final Map<String, MetricFamily> families = new HashMap<>();
    private final List<MetricWithFixedMetadata> registered = new ArrayList<>();

    private MetricCatalog(PrometheusRegistry registry) {
        this.registry = registry;
    }

    /**
     * Defines a metric for every name used by {@code methods}.
     *
     * @param applicationMetrics the application's metric beans by the name they register under
     * @param problems receives one message per offending binding
     */
    static MetricCatalog define(List<InstrumentedMethod> methods,
            Map<String, MetricFamily> applicationMetrics, PrometheusRegistry registry,
            List<String> problems) {
        MetricCatalog catalog = new MetricCatalog(registry);
        Map<String, List<Binding>> byName = new LinkedHashMap<>();
        methods.stream().flatMap(method -> method.bindings().stream())
                .sorted(Comparator.comparing(Binding::describe))
                .forEach(binding -> byName
                        .computeIfAbsent(binding.kind().familyName(binding.name()), name -> new ArrayList<>())
                        .add(binding));
        byName.forEach((name, bindings) -> {
            MetricFamily own = applicationMetrics.get(name);
            if (own != null) {
                fit(name, own, bindings, problems);
            } else {
                agree(name, bindings, problems);
            }
        });
        if (problems.isEmpty()) {
            // Nothing is registered for a deployment that fails anyway.
            byName.forEach((name, bindings) -> {
                MetricFamily own = applicationMetrics.get(name);
                if (own != null) {
                    catalog.families.put(name, own);
                } else {
                    catalog.build(name, bindings, problems);
                }
            });
        }
        return catalog;
    }

    /**
     * The measurement of {@code method}, its probes bound to data points resolved now, once: per
     * subscription for a method that returns a publisher, else per call.
     */
    MeasuredMethod site(InstrumentedMethod method, Ticker ticker) {
        List<Binding> bindings = method.bindings();
        Probe[] probes = new Probe[bindings.size()];
        for (int i = 0; i < probes.length; i++) {
            Binding binding = bindings.get(i);
            MetricFamily family = families.get(binding.kind().familyName(binding.name()));
            probes[i] = binding.kind().probeFor(family.dataPoint(binding.labelValues()), binding);
        }
        Class<?> returnType = method.method().getReturnType();
        PublisherAdapter publishers = PublisherTypes.adapterFor(returnType);
        boolean perSubscription = Arrays.stream(probes).anyMatch(probe -> !probe.atCall());
        return publishers != null && perSubscription
                ? new PublisherSite(ticker, probes, publishers)
                : new Site(ticker, probes, returnType);
    }

    /** Unregisters the metrics this catalog registered. */
    @Override
    public void close() {
        registered.forEach(registry::unregister);
        registered.clear();
    }

    /** Checks that the sites of one name define the same metric. */
    private static void agree(String name, List<Binding> bindings, List<String> problems) {
        Binding first = bindings.get(0);
        Binding helpGiver = bindings.stream().filter(b -> !b.help().isEmpty()).findFirst().orElse(first);
        Binding bucketGiver = bindings.stream().filter(b -> b.buckets().length > 0).findFirst().orElse(first);
        for (Binding binding : bindings.subList(1, bindings.size())) {
            if (binding.kind().metricType != first.kind().metricType) {
                problems.add(Messages.invalid(binding, Messages.typeConflict(name, first)));
                continue;
            }
            Set<String> keys = binding.labelValues().keySet();
            Set<String> firstKeys = first.labelValues().keySet();
            if (!keys.equals(firstKeys)) {
                problems.add(Messages.invalid(binding, Messages.labelConflict(name, keys, first, firstKeys)));
            }
            if (!binding.help().isEmpty() && !binding.help().equals(helpGiver.help())) {
                problems.add(Messages.invalid(binding, Messages.helpConflict(name, binding.help(), helpGiver)));
            }
            if (binding.buckets().length > 0 && !Arrays.equals(binding.buckets(), bucketGiver.buckets())) {
                problems.add(Messages.invalid(binding, Messages.bucketConflict(name, binding.buckets(), bucketGiver)));
            }
        }
    }

    /** Checks that the application's metric of that name can serve every site of it. */
    private static void fit(String name, MetricFamily family, List<Binding> bindings, List<String> problems) {
        Set<String> labelNames = new TreeSet<>(family.labelNames());
        for (Binding binding : bindings) {
            Set<String> keys = binding.labelValues().keySet();
            if (!binding.kind().accepts(family.metric())) {
                problems.add(Messages.invalid(binding,
                        Messages.applicationMetricType(name, family.metric(), binding.kind())));
            } else if (!binding.help().isEmpty() || binding.buckets().length > 0) {
                problems.add(Messages.invalid(binding, Messages.applicationMetricDefinition(name)));
            } else if (!keys.equals(labelNames)) {
                problems.add(Messages.invalid(binding, Messages.applicationMetricLabels(name, labelNames, keys)));
            }
        }
    }

    private void build(String name, List<Binding> bindings, List<String> problems) {
        Binding first = bindings.get(0);
        String help = bindings.stream().map(Binding::help).filter(h -> !h.isEmpty()).findFirst()
                .orElseGet(() -> first.kind().defaultHelp(first.signature()
                        + (bindings.size() > 1 ? " and " + (bindings.size() - 1) + " more" : "")));
        String[] labelNames = first.labelValues().keySet().toArray(String[]::new);
        double[] buckets = bindings.stream().map(Binding::buckets).filter(b -> b.length > 0).findFirst()
                .orElse(new double[0]);
        MetricWithFixedMetadata metric = first.kind().build(name, help, labelNames, buckets);
        try {
            registry.register(metric);
        } catch (IllegalArgumentException refused) {
            problems.add(Messages.invalid(first, Messages.alreadyRegistered(name, refused.getMessage())));
            return;
        }
        registered.add(metric);
        families.put(name, new MetricFamily(metric, List.of(labelNames)));
    }
}
