package dev.promcdi.internal.cdi;

import dev.promcdi.Count;
import dev.promcdi.CountExceptions;
import dev.promcdi.Time;
import dev.promcdi.TrackInProgress;
import dev.promcdi.internal.MeasuredMethod;
import dev.promcdi.spi.CdiDeployment;
import dev.promcdi.spi.SettingsCheck;
import dev.promcdi.spi.Settings;
import dev.promcdi.spi.Ticker;
import io.prometheus.metrics.core.metrics.MetricWithFixedMetadata;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.AmbiguousResolutionException;
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
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The portable extension: finds every binding at deployment, validates them all with every
 * module's settings, creates their metrics once, and at shutdown unregisters what promcdi
 * registered, so the application can be deployed again in the same JVM. All problems fail the
 * deployment together, in one message. It starts and stops the {@link CdiDeployment} that
 * promcdi's other modules use.
 */
public class PromcdiExtension implements Extension {

    /** The core's one setting; the other modules' keys are read through {@link SettingsCheck}. */
    static final String JVM_METRICS_ENABLED = "promcdi.jvm-metrics.enabled";

    private static final System.Logger LOG = System.getLogger(PromcdiExtension.class.getName());

    private final Ticker ticker;
    private CdiDeployment deployment;

    private final Map<Class<?>, List<InstrumentedMethod>> instrumented = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    /** Types with final methods, scanned before their bindings were taken off. */
    private final Map<Class<?>, ScannedType> finalTypes = new HashMap<>();
    private volatile Map<Class<?>, Map<Method, MeasuredMethod>> sites = Map.of();
    private MetricCatalog catalog;
    private PrometheusRegistry registry;
    private boolean jvmMetrics;
    private CreationalContext<?> references;

    /** Creates the extension; the container does, through the service loader. */
    public PromcdiExtension() {
        this(Ticker.SYSTEM);
    }

    /**
     * Creates the extension with another clock, for tests that need exact durations.
     *
     * @param ticker the clock of every measurement
     */
    public PromcdiExtension(Ticker ticker) {
        this.ticker = ticker;
    }

    void addInterceptor(@Observes BeforeBeanDiscovery event) {
        // Added here so the promcdi jar needs no bean scanning of its own.
        event.addAnnotatedType(MetricsInterceptor.class, MetricsInterceptor.class.getName());
    }

    /**
     * The container refuses interceptors on final classes and methods with a message of its own,
     * before promcdi could report everything together; so their bindings are taken off here and
     * reported, with the rest, if the type becomes a bean. The type's other methods are scanned
     * first, so their own problems are reported too.
     */
    <T> void stripBindingsFromFinalTypes(@Observes @WithAnnotations({Time.class, CountExceptions.class,
            TrackInProgress.class, Count.class}) ProcessAnnotatedType<T> event) {
        List<String> found = new ArrayList<>();
        if (BindingScanner.rejectFinal(event.getAnnotatedType(), found)) {
            List<InstrumentedMethod> others = BindingScanner.scan(event.getAnnotatedType(), found);
            finalTypes.put(event.getAnnotatedType().getJavaClass(), new ScannedType(others, found));
            AnnotatedTypeConfigurator<T> type = event.configureAnnotatedType();
            type.remove(BindingScanner::isBinding);
            type.methods().forEach(method -> method.remove(BindingScanner::isBinding));
        }
    }

    void findBindings(@Observes ProcessManagedBean<?> event) {
        ScannedType early = finalTypes.get(event.getBean().getBeanClass());
        List<InstrumentedMethod> methods;
        if (early == null) {
            methods = BindingScanner.scan(event.getAnnotatedBeanClass(), problems);
        } else {
            problems.addAll(early.problems());
            methods = early.methods();
        }
        if (!methods.isEmpty()) {
            instrumented.put(event.getBean().getBeanClass(), methods);
        }
    }

    void createMetrics(@Observes AfterDeploymentValidation event, BeanManager beans) {
        references = beans.createCreationalContext(null);
        deployment = deploymentOf(beans);
        Settings settings = Settings.load();
        boolean jvmMetricsEnabled = settings.flag(JVM_METRICS_ENABLED, true);
        moduleChecks().forEach(module -> module.check(settings));
        problems.addAll(settings.problems());
        registry = single(beans, PrometheusRegistry.class, PrometheusRegistry.defaultRegistry);
        List<InstrumentedMethod> methods = instrumented.values().stream().flatMap(List::stream).toList();
        Map<String, MetricFamily> applicationMetrics = methods.isEmpty() ? Map.of() : applicationMetrics(beans);
        catalog = MetricCatalog.define(methods, applicationMetrics, registry, problems);
        if (!problems.isEmpty()) {
            unregisterAll();
            event.addDeploymentProblem(new DeploymentException(Messages.deploymentFailed(problems)));
            return;
        }
        Map<Class<?>, Map<Method, MeasuredMethod>> resolved = new HashMap<>();
        instrumented.forEach((beanClass, list) -> {
            Map<Method, MeasuredMethod> byMethod = new HashMap<>();
            list.forEach(method -> byMethod.put(method.method(), catalog.site(method, ticker)));
            resolved.put(beanClass, Map.copyOf(byMethod));
        });
        sites = Map.copyOf(resolved);
        deployment.start(registry);
        if (jvmMetricsEnabled) {
            registerJvmMetrics();
        }
    }

    void shutdown(@Observes BeforeShutdown event) {
        unregisterAll();
    }

    /** The sites of one bean class, by method; empty for a class without bindings. */
    Map<Method, MeasuredMethod> sitesOf(Class<?> beanClass) {
        return sites.getOrDefault(beanClass, Map.of());
    }

    /**
     * The settings checks of every promcdi module: those next to this jar, and those of the
     * application's class loader when promcdi sits in a parent one (a server library, an EAR's lib).
     */
    private static Collection<SettingsCheck> moduleChecks() {
        Map<Class<?>, SettingsCheck> checks = new LinkedHashMap<>();
        for (ClassLoader loader : new ClassLoader[] {PromcdiExtension.class.getClassLoader(),
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

    /**
     * The deployment's {@link CdiDeployment}, which the container creates from this jar's service
     * list; a container set up by hand without it gets one that {@code Deployment.current()} does
     * not see, so the other modules fall back to the default registry.
     */
    private static CdiDeployment deploymentOf(BeanManager beans) {
        try {
            return beans.getExtension(CdiDeployment.class);
        } catch (IllegalArgumentException notRegistered) {
            LOG.log(Level.WARNING, "The container runs promcdi's extension without " + CdiDeployment.class.getName()
                    + "; add it too (new CdiDeployment()) so that promcdi's other modules use this deployment's registry.");
            return new CdiDeployment();
        }
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

    private void unregisterAll() {
        sites = Map.of();
        if (catalog != null) {
            catalog.close();
            catalog = null;
        }
        if (deployment != null) {
            deployment.stop();
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
        try {
            return type.cast(beans.getReference(beans.resolve(candidates), type, references));
        } catch (AmbiguousResolutionException ambiguous) {
            problems.add(Messages.ambiguousBeans(type.getName(), candidates));
            return fallback;
        }
    }

    /**
     * The metrics the application produces as beans, by the name they register under. Beans of
     * request-like scopes are skipped: there is no request at deployment.
     */
    private Map<String, MetricFamily> applicationMetrics(BeanManager beans) {
        Map<String, MetricFamily> metrics = new HashMap<>();
        for (Bean<?> bean : beans.getBeans(MetricWithFixedMetadata.class, Any.Literal.INSTANCE)) {
            if (beans.isNormalScope(bean.getScope()) && bean.getScope() != ApplicationScoped.class) {
                continue;
            }
            try {
                MetricWithFixedMetadata metric = (MetricWithFixedMetadata) beans.getReference(
                        bean, MetricWithFixedMetadata.class, references);
                metrics.putIfAbsent(metric.getPrometheusName(), MetricFamily.of(metric));
            } catch (RuntimeException unusable) {
                problems.add(Messages.unusableApplicationMetric(bean, unusable.getMessage()));
            }
        }
        return metrics;
    }

    /** What scanning a type found: its instrumented methods and its problems. */
    private record ScannedType(List<InstrumentedMethod> methods, List<String> problems) {
    }
}
