package dev.promcdi.internal.cdi;

import dev.promcdi.internal.MeasuredMethod;
import dev.promcdi.spi.CdiDeployment;
import dev.promcdi.spi.Settings;
import dev.promcdi.spi.SettingsCheck;
import dev.promcdi.spi.Ticker;
import io.prometheus.metrics.core.metrics.MetricWithFixedMetadata;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanContainer;
import jakarta.enterprise.inject.spi.DeploymentException;
import java.lang.System.Logger.Level;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * promcdi in one running deployment, whichever extension style found its bindings: the settings
 * of every module checked with the bindings, the metrics of every site created once, the JVM
 * metrics, and the {@link CdiDeployment} of promcdi's other modules started; all of it undone by
 * {@link #stop()}, so the application can be deployed again in the same JVM.
 */
final class Instrumentation implements SiteIndex {

    /** The core's one setting; the other modules' keys are read through {@link SettingsCheck}. */
    static final String JVM_METRICS_ENABLED = "promcdi.jvm-metrics.enabled";

    private static final System.Logger LOG = System.getLogger(Instrumentation.class.getName());

    private final CdiDeployment deployment;
    private final List<Instance.Handle<?>> references = new ArrayList<>();
    private Map<Class<?>, Map<Method, MeasuredMethod>> sites = Map.of();
    private PrometheusRegistry registry;
    private MetricCatalog catalog;
    private boolean jvmMetrics;

    private Instrumentation(CdiDeployment deployment) {
        this.deployment = deployment;
    }

    /**
     * Checks every binding and setting and, when nothing is wrong, creates the metrics and starts
     * {@code deployment}.
     *
     * @param instrumented the instrumented methods of each bean class
     * @param problems what scanning the bindings found already; the rest is added
     * @param registries the application's {@code PrometheusRegistry} beans, with the default qualifier
     * @param metrics the application's metric beans, with any qualifier
     * @param container the container, which knows which scopes are normal
     * @param deployment the deployment to start
     * @param ticker the clock of every measurement
     * @return the running instrumentation
     * @throws DeploymentException naming every problem, when there is any
     */
    static Instrumentation start(Map<Class<?>, List<InstrumentedMethod>> instrumented, List<String> problems,
            Instance<PrometheusRegistry> registries, Instance<MetricWithFixedMetadata> metrics, BeanContainer container,
            CdiDeployment deployment, Ticker ticker) {
        Instrumentation started = new Instrumentation(deployment);
        Settings settings = Settings.load();
        boolean jvmMetricsEnabled = settings.flag(JVM_METRICS_ENABLED, true);
        moduleChecks().forEach(module -> module.check(settings));
        problems.addAll(settings.problems());
        started.registry = started.registry(registries, problems);
        List<InstrumentedMethod> methods = instrumented.values().stream().flatMap(List::stream).toList();
        Map<String, MetricFamily> applicationMetrics = methods.isEmpty() ? Map.of()
                : started.applicationMetrics(metrics, container, problems);
        started.catalog = MetricCatalog.define(methods, applicationMetrics, started.registry, problems);
        if (!problems.isEmpty()) {
            started.stop();
            throw new DeploymentException(Messages.deploymentFailed(problems));
        }
        Map<Class<?>, Map<Method, MeasuredMethod>> resolved = new HashMap<>();
        instrumented.forEach((beanClass, list) -> resolved.put(beanClass, list.stream().collect(
                Collectors.toUnmodifiableMap(InstrumentedMethod::method, method -> started.catalog.site(method, ticker)))));
        started.sites = Map.copyOf(resolved);
        deployment.start(started.registry);
        if (jvmMetricsEnabled) {
            started.registerJvmMetrics();
        }
        return started;
    }

    @Override
    public Map<Method, MeasuredMethod> sitesOf(Class<?> beanClass) {
        return sites.getOrDefault(beanClass, Map.of());
    }

    /** The deployment this instrumentation started. */
    CdiDeployment deployment() {
        return deployment;
    }

    /** Unregisters every metric promcdi registered and stops the deployment. */
    synchronized void stop() {
        sites = Map.of();
        if (catalog != null) {
            catalog.close();
            catalog = null;
        }
        deployment.stop();
        if (jvmMetrics) {
            JvmMetricsRegistration.release(registry);
            jvmMetrics = false;
        }
        references.forEach(Instance.Handle::destroy);
        references.clear();
    }

    /**
     * The settings checks of every promcdi module: those next to this jar, and those of the
     * application's class loader when promcdi sits in a parent one (a server library, an EAR's lib).
     */
    private static Collection<SettingsCheck> moduleChecks() {
        Map<Class<?>, SettingsCheck> checks = new LinkedHashMap<>();
        for (ClassLoader loader : new ClassLoader[] {Instrumentation.class.getClassLoader(),
                Thread.currentThread().getContextClassLoader()}) {
            if (loader != null) {
                Iterator<SettingsCheck> found = ServiceLoader.load(SettingsCheck.class, loader).iterator();
                while (hasNext(found)) {
                    try {
                        SettingsCheck check = found.next();
                        checks.putIfAbsent(check.getClass(), check);
                    } catch (ServiceConfigurationError anotherCopy) {
                        skip(anotherCopy);
                    }
                }
            }
        }
        return checks.values();
    }

    /** Whether {@code found} has one more check, passing over those it cannot load. */
    private static boolean hasNext(Iterator<SettingsCheck> found) {
        while (true) {
            try {
                return found.hasNext();
            } catch (ServiceConfigurationError anotherCopy) {
                skip(anotherCopy);
            }
        }
    }

    /**
     * A check listed for another copy of promcdi, which the context class loader sees beside this
     * one (another application's, or a parent's): it checks that copy's deployments, not this one.
     */
    private static void skip(ServiceConfigurationError anotherCopy) {
        LOG.log(Level.DEBUG, "Skipping a settings check of another copy of promcdi: " + anotherCopy.getMessage());
    }

    private void registerJvmMetrics() {
        try {
            JvmMetricsRegistration.acquire(registry);
            jvmMetrics = true; // released at shutdown only once acquired
        } catch (IllegalArgumentException alreadyThere) {
            LOG.log(Level.WARNING, () -> "The registry already holds JVM metrics (" + alreadyThere.getMessage()
                    + "); promcdi adds none. Set " + JVM_METRICS_ENABLED + "=false to say so.");
        }
    }

    /** The application's registry bean, or the default registry when it has none. */
    private PrometheusRegistry registry(Instance<PrometheusRegistry> registries, List<String> problems) {
        if (registries.isUnsatisfied()) {
            return PrometheusRegistry.defaultRegistry;
        }
        if (registries.isAmbiguous()) {
            problems.add(Messages.ambiguousBeans(PrometheusRegistry.class.getName(),
                    registries.handlesStream().map(Instance.Handle::getBean).collect(Collectors.toSet())));
            return PrometheusRegistry.defaultRegistry;
        }
        return keep(registries.getHandle()).get();
    }

    /**
     * Remembers a dependent bean's handle, to destroy its instance when the deployment stops; the
     * instances of other scopes belong to their context.
     */
    private <T> Instance.Handle<T> keep(Instance.Handle<T> handle) {
        if (handle.getBean().getScope() == Dependent.class) {
            references.add(handle);
        }
        return handle;
    }

    /**
     * The metrics the application produces as beans, by the name they register under. Beans of
     * request-like scopes are skipped: there is no request at deployment.
     */
    private Map<String, MetricFamily> applicationMetrics(Instance<MetricWithFixedMetadata> metrics,
            BeanContainer container, List<String> problems) {
        Map<String, MetricFamily> found = new HashMap<>();
        for (Instance.Handle<MetricWithFixedMetadata> handle : metrics.handles()) {
            Class<? extends Annotation> scope = handle.getBean().getScope();
            if (container.isNormalScope(scope) && scope != ApplicationScoped.class) {
                continue;
            }
            try {
                MetricWithFixedMetadata metric = keep(handle).get();
                found.putIfAbsent(metric.getPrometheusName(), MetricFamily.of(metric));
            } catch (RuntimeException unusable) {
                problems.add(Messages.unusableApplicationMetric(handle.getBean(), unusable.getMessage()));
            }
        }
        return found;
    }
}
