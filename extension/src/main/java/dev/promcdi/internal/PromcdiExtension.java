package dev.promcdi.internal;

import dev.promcdi.Count;
import dev.promcdi.CountExceptions;
import dev.promcdi.Time;
import dev.promcdi.TrackInProgress;
import io.prometheus.metrics.core.metrics.MetricWithFixedMetadata;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.BeforeShutdown;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.enterprise.inject.spi.configurator.AnnotatedTypeConfigurator;
import java.lang.System.Logger.Level;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The portable extension: finds every binding at deployment, validates them all, creates their
 * metrics once, and at shutdown unregisters what it registered, so the application can be
 * deployed again in the same JVM. All problems fail the deployment together, in one message.
 */
public class PromcdiExtension implements Extension {

    private static final System.Logger LOG = System.getLogger(PromcdiExtension.class.getName());

    private final Map<Class<?>, List<InstrumentedMethod>> instrumented = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private volatile Map<Class<?>, Map<Method, Site>> sites = Map.of();
    private MetricCatalog catalog;
    private PrometheusRegistry registry;
    private boolean jvmMetrics;
    private CreationalContext<?> references;

    /** Creates the extension; the container does, through the service loader. */
    public PromcdiExtension() {
    }

    void addInterceptor(@Observes BeforeBeanDiscovery event) {
        // Added here so the promcdi jar needs no bean scanning of its own.
        event.addAnnotatedType(MetricsInterceptor.class, MetricsInterceptor.class.getName());
    }

    <T> void rejectFinal(@Observes @WithAnnotations({Time.class, CountExceptions.class, TrackInProgress.class,
            Count.class}) ProcessAnnotatedType<T> event) {
        if (BindingScanner.rejectFinal(event.getAnnotatedType(), problems)) {
            // Reported above; without the bindings the container does not fail on its own first.
            AnnotatedTypeConfigurator<T> type = event.configureAnnotatedType();
            type.remove(BindingScanner::isBinding);
            type.methods().forEach(method -> method.remove(BindingScanner::isBinding));
        }
    }

    void findBindings(@Observes ProcessManagedBean<?> event) {
        List<InstrumentedMethod> methods = BindingScanner.scan(event.getAnnotatedBeanClass(), problems);
        if (!methods.isEmpty()) {
            instrumented.put(event.getBean().getBeanClass(), methods);
        }
    }

    void createMetrics(@Observes AfterDeploymentValidation event, BeanManager beans) {
        references = beans.createCreationalContext(null);
        try {
            jvmMetrics = Config.load().flag(Config.JVM_METRICS_ENABLED, true);
        } catch (IllegalArgumentException invalid) {
            problems.add(invalid.getMessage());
        }
        registry = single(beans, PrometheusRegistry.class, PrometheusRegistry.defaultRegistry);
        Ticker ticker = single(beans, Ticker.class, Ticker.SYSTEM);
        List<InstrumentedMethod> methods = instrumented.values().stream().flatMap(List::stream).toList();
        Map<String, MetricWithFixedMetadata> applicationMetrics = methods.isEmpty() ? Map.of() : applicationMetrics(beans);
        catalog = MetricCatalog.define(methods, applicationMetrics, registry, problems);
        if (!problems.isEmpty()) {
            shutdown();
            event.addDeploymentProblem(new DeploymentException(Messages.deploymentFailed(problems)));
            return;
        }
        Map<Class<?>, Map<Method, Site>> resolved = new HashMap<>();
        instrumented.forEach((beanClass, list) -> {
            Map<Method, Site> byMethod = new HashMap<>();
            list.forEach(method -> byMethod.put(method.method(), catalog.site(method, ticker)));
            resolved.put(beanClass, Map.copyOf(byMethod));
        });
        sites = Map.copyOf(resolved);
        if (jvmMetrics) {
            registerJvmMetrics();
        }
    }

    void shutdown(@Observes BeforeShutdown event) {
        shutdown();
    }

    /** The sites of one bean class, by method; empty for a class without bindings. */
    Map<Method, Site> sitesOf(Class<?> beanClass) {
        return sites.getOrDefault(beanClass, Map.of());
    }

    private void registerJvmMetrics() {
        try {
            JvmMetricsRegistration.acquire(registry);
        } catch (IllegalArgumentException alreadyThere) {
            jvmMetrics = false;
            LOG.log(Level.WARNING, () -> "The registry already holds JVM metrics (" + alreadyThere.getMessage()
                    + "); promcdi adds none. Set " + Config.JVM_METRICS_ENABLED + "=false to say so.");
        }
    }

    private void shutdown() {
        sites = Map.of();
        if (catalog != null) {
            catalog.close();
            catalog = null;
        }
        if (jvmMetrics) {
            JvmMetricsRegistration.release(registry);
            jvmMetrics = false;
        }
        if (references != null) {
            references.release();
            references = null;
        }
    }

    /** The application's bean of {@code type}, or {@code fallback} when it has none. */
    private <T> T single(BeanManager beans, Class<T> type, T fallback) {
        Set<Bean<?>> candidates = beans.getBeans(type);
        if (candidates.isEmpty()) {
            return fallback;
        }
        if (candidates.size() > 1) {
            problems.add(Messages.ambiguousBeans(type.getName(), candidates));
            return fallback;
        }
        Bean<?> bean = candidates.iterator().next();
        return type.cast(beans.getReference(bean, type, references));
    }

    /** The metrics the application produces as beans, by the name they register under. */
    private Map<String, MetricWithFixedMetadata> applicationMetrics(BeanManager beans) {
        Map<String, MetricWithFixedMetadata> metrics = new HashMap<>();
        for (Bean<?> bean : beans.getBeans(MetricWithFixedMetadata.class, Any.Literal.INSTANCE)) {
            MetricWithFixedMetadata metric = (MetricWithFixedMetadata) beans.getReference(
                    bean, MetricWithFixedMetadata.class, references);
            metrics.putIfAbsent(metric.getPrometheusName(), metric);
        }
        return metrics;
    }
}
