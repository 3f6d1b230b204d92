package dev.promcdi.jaxrs.requestmonitor;

import dev.promcdi.jaxrs.RequestMonitor;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A monitor registered with the application as a JAX-RS provider class. */
public class ProviderMonitor implements RequestMonitor {

    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    @Override
    public void finished(String method, String route, int status, long durationNanos) {
        SEEN.add(method + " " + route + " " + status);
    }
}
