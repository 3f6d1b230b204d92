package dev.promcdi.jaxrs;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.core.Configuration;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

/** The application's {@link RequestMonitor}s: its CDI beans and its JAX-RS providers of that type. */
final class Monitors {

    private Monitors() {
    }

    static RequestMonitor[] find(Configuration configuration) {
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
