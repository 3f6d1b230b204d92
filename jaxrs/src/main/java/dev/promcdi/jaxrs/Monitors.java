package dev.promcdi.jaxrs;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.core.Configuration;
import java.lang.System.Logger.Level;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

/**
 * The application's {@link RequestMonitor}s: its CDI beans and its JAX-RS providers of that type,
 * each once. Looked up on the first request, when every provider of the application is
 * registered, whatever order the runtime registered them in. A monitor that throws is logged and
 * does not disturb the request.
 */
final class Monitors {

    private static final System.Logger LOG = System.getLogger(Monitors.class.getName());

    private final Configuration configuration;
    private volatile RequestMonitor[] monitors;

    Monitors(Configuration configuration) {
        this.configuration = configuration;
    }

    void started(Route route) {
        for (RequestMonitor monitor : all()) {
            try {
                monitor.started(route.method, route.template);
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "RequestMonitor " + monitor.getClass().getName() + " failed.", failure);
            }
        }
    }

    void finished(Route route, int status, long elapsedNanos) {
        for (RequestMonitor monitor : all()) {
            try {
                monitor.finished(route.method, route.template, status, elapsedNanos);
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "RequestMonitor " + monitor.getClass().getName() + " failed.", failure);
            }
        }
    }

    private RequestMonitor[] all() {
        RequestMonitor[] found = monitors;
        if (found == null) {
            synchronized (this) {
                found = monitors;
                if (found == null) {
                    found = find();
                    monitors = found;
                }
            }
        }
        return found;
    }

    private RequestMonitor[] find() {
        List<RequestMonitor> found = new ArrayList<>();
        try {
            CDI.current().select(RequestMonitor.class, Any.Literal.INSTANCE).forEach(found::add);
        } catch (IllegalStateException noCdi) {
            // providers only
        }
        for (Object instance : configuration.getInstances()) {
            if (instance instanceof RequestMonitor monitor && found.stream().noneMatch(known -> sameType(known, monitor))) {
                found.add(monitor);
            }
        }
        for (Class<?> type : configuration.getClasses()) {
            if (RequestMonitor.class.isAssignableFrom(type) && found.stream().noneMatch(type::isInstance)) {
                found.add(instantiate(type));
            }
        }
        return found.toArray(RequestMonitor[]::new);
    }

    /** Whether two monitors are of one application class, a CDI proxy of it counting as the class. */
    private static boolean sameType(RequestMonitor one, RequestMonitor other) {
        return one.getClass().isInstance(other) || other.getClass().isInstance(one);
    }

    private static RequestMonitor instantiate(Class<?> type) {
        try {
            return (RequestMonitor) type.getConstructor().newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
            LOG.log(Level.WARNING, "RequestMonitor " + type.getName() + " is left out: it needs a public constructor "
                    + "without parameters, or make it a CDI bean.", e);
            return (method, route, status, durationNanos) -> { };
        }
    }
}
