package dev.promcdi.jaxrs;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.core.Configuration;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

/**
 * The application's {@link RequestMonitor}s: its CDI beans and its JAX-RS providers of that type.
 * Looked up on the first request, when every provider of the application is registered, whatever
 * order the runtime registered them in.
 */
final class Monitors {

    private static final RequestMonitor[] NOT_YET = {};

    private final Configuration configuration;
    private volatile RequestMonitor[] monitors = NOT_YET;
    private volatile boolean found;

    Monitors(Configuration configuration) {
        this.configuration = configuration;
    }

    /** The monitors, found on the first call. */
    RequestMonitor[] get() {
        if (!found) {
            monitors = find(configuration);
            found = true;
        }
        return monitors;
    }

    private static RequestMonitor[] find(Configuration configuration) {
        List<RequestMonitor> found = new ArrayList<>();
        try {
            Instance<RequestMonitor> beans = CDI.current().select(RequestMonitor.class, jakarta.enterprise.inject.Any.Literal.INSTANCE);
            beans.forEach(found::add);
        } catch (IllegalStateException noCdi) {
            // providers only
        }
        for (Object instance : configuration.getInstances()) {
            if (instance instanceof RequestMonitor monitor) {
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

    private static RequestMonitor instantiate(Class<?> type) {
        try {
            return (RequestMonitor) type.getConstructor().newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("RequestMonitor " + type.getName() + " needs a public constructor without "
                    + "parameters, or make it a CDI bean.", e);
        }
    }
}
