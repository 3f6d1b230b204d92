package dev.promcdi.internal.cdi;

import dev.promcdi.Count;
import dev.promcdi.CountExceptions;
import dev.promcdi.Time;
import dev.promcdi.TrackInProgress;
import dev.promcdi.internal.MeasuredMethod;
import dev.promcdi.spi.CdiDeployment;
import dev.promcdi.spi.Ticker;
import io.prometheus.metrics.core.metrics.MetricWithFixedMetadata;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
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

/**
 * The portable extension, for CDI Full containers: finds every binding as the container discovers
 * the beans, then has an {@link Instrumentation} validate them all with every module's settings and
 * create their metrics once, and stops it at shutdown. All problems fail the deployment together,
 * in one message. As a bean, it is the {@link SiteIndex} of {@link MetricsInterceptor}.
 */
public class PromcdiExtension implements Extension, SiteIndex {

    private static final System.Logger LOG = System.getLogger(PromcdiExtension.class.getName());

    private final Ticker ticker;

    private final Map<Class<?>, List<InstrumentedMethod>> instrumented = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    /** Types with final methods, scanned before their bindings were taken off. */
    private final Map<Class<?>, ScannedType> finalTypes = new HashMap<>();
    private volatile Instrumentation instrumentation;

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
        if (BindingScanner.rejectFinal(BeanClass.of(event.getAnnotatedType()), found)) {
            List<InstrumentedMethod> others = BindingScanner.scan(BeanClass.of(event.getAnnotatedType()), found);
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
            methods = BindingScanner.scan(BeanClass.of(event.getAnnotatedBeanClass()), problems);
        } else {
            problems.addAll(early.problems());
            methods = early.methods();
        }
        if (!methods.isEmpty()) {
            instrumented.put(event.getBean().getBeanClass(), methods);
        }
    }

    void createMetrics(@Observes AfterDeploymentValidation event, BeanManager beans) {
        Instance<Object> lookup = beans.createInstance();
        try {
            instrumentation = Instrumentation.start(instrumented, problems, lookup.select(PrometheusRegistry.class),
                    lookup.select(MetricWithFixedMetadata.class, Any.Literal.INSTANCE), beans, deploymentOf(beans), ticker);
        } catch (DeploymentException invalid) {
            event.addDeploymentProblem(invalid);
        }
    }

    void shutdown(@Observes BeforeShutdown event) {
        if (instrumentation != null) {
            instrumentation.stop();
            instrumentation = null;
        }
    }

    @Override
    public Map<Method, MeasuredMethod> sitesOf(Class<?> beanClass) {
        Instrumentation running = instrumentation;
        return running == null ? null : running.sitesOf(beanClass);
    }

    /**
     * The deployment's {@link CdiDeployment}, which the container creates from this jar's service
     * list. A container set up by hand without it gets one of its own here, which neither
     * {@code Deployment.current()} nor a bean sees: the JAX-RS module then uses the default
     * registry, and the server and push modules' beans, which inject it, do not deploy.
     */
    private static CdiDeployment deploymentOf(BeanManager beans) {
        try {
            return beans.getExtension(CdiDeployment.class);
        } catch (IllegalArgumentException notRegistered) {
            LOG.log(Level.WARNING, "The container runs promcdi's extension without " + CdiDeployment.class.getName()
                    + "; add it too (new CdiDeployment()): promcdi's other modules take this deployment's registry from it.");
            return new CdiDeployment();
        }
    }

    /** What scanning a type found: its instrumented methods and its problems. */
    private record ScannedType(List<InstrumentedMethod> methods, List<String> problems) {
    }
}
