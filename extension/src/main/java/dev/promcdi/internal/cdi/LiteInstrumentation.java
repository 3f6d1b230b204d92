package dev.promcdi.internal.cdi;

import dev.promcdi.internal.MeasuredMethod;
import dev.promcdi.spi.CdiDeployment;
import dev.promcdi.spi.Deployment;
import dev.promcdi.spi.Ticker;
import io.prometheus.metrics.core.metrics.MetricWithFixedMetadata;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.enterprise.inject.spi.BeanContainer;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * promcdi on a CDI Lite container, where portable extensions do not run: scans the bean classes
 * the build compatible extension found, and runs their {@link Instrumentation} from the
 * application's start (which fails, naming every problem, when a binding or setting is wrong) to
 * its shutdown. It is the interceptor's {@link SiteIndex} and produces the {@link CdiDeployment} of
 * promcdi's other modules. A {@link Ticker} bean, when the application has one, is the clock of
 * every measurement, as the portable extension's constructor takes one: tests use it for exact
 * durations. Not part of the API.
 */
@Singleton
@Typed({LiteInstrumentation.class, SiteIndex.class})
public class LiteInstrumentation implements SiteIndex {

    @Inject
    InstrumentedClasses classes;

    // Declared as injection points, not looked up: a Lite container keeps only the beans something uses.
    @Inject
    Instance<PrometheusRegistry> registries;

    @Inject
    @Any
    Instance<MetricWithFixedMetadata> metrics;

    @Inject
    Instance<Ticker> tickers;

    @Inject
    BeanContainer container;

    private Instrumentation running;

    /** Creates the bean; the container does. */
    public LiteInstrumentation() {
    }

    @PostConstruct
    void start() {
        List<String> problems = new ArrayList<>();
        Map<Class<?>, List<InstrumentedMethod>> instrumented = new LinkedHashMap<>();
        for (String name : classes.names()) {
            BeanClass type = BeanClass.of(load(name));
            BindingScanner.rejectFinal(type, problems);
            List<InstrumentedMethod> methods = BindingScanner.scan(type, problems);
            if (!methods.isEmpty()) {
                instrumented.put(type.javaClass(), methods);
            }
        }
        running = Instrumentation.start(instrumented, problems, registries, metrics, container, new CdiDeployment(),
                tickers.isResolvable() ? tickers.get() : Ticker.SYSTEM);
    }

    /**
     * Started with the application, so a wrong binding or setting stops it there. The parameter
     * keeps the {@link CdiDeployment} bean, which a Lite container would otherwise remove when no
     * bean injects it, as {@code Deployment.current()} only looks it up.
     */
    void started(@Observes @Initialized(ApplicationScoped.class) Object event, Deployment deployment) {
        // creating this bean to deliver the event started it
    }

    @PreDestroy
    void stop() {
        running.stop();
    }

    @Produces
    @Typed({CdiDeployment.class, Deployment.class})
    CdiDeployment deployment() {
        return running.deployment();
    }

    @Override
    public Map<Method, MeasuredMethod> sitesOf(Class<?> beanClass) {
        return running.sitesOf(beanClass);
    }

    private static Class<?> load(String name) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            return Class.forName(name, false, loader != null ? loader : LiteInstrumentation.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError unloadable) {
            throw new DeploymentException("promcdi found bindings on " + name + " when the application was built, "
                    + "but cannot load that class now: " + unloadable + ". Deploy promcdi-extension in the "
                    + "application beside its beans.", unloadable);
        }
    }
}
