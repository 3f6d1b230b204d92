package dev.promcdi.jaxrs.requestmonitor;

import dev.promcdi.jaxrs.RequestMonitor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A monitor that is a CDI bean. */
@ApplicationScoped
public class BeanMonitor implements RequestMonitor {

    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    @Override
    public void started(String method, String route) {
        SEEN.add("started " + method + " " + route);
    }

    @Override
    public void finished(String method, String route, int status, long durationNanos) {
        SEEN.add("finished " + method + " " + route + " " + status + (durationNanos > 0 ? "" : " without duration"));
    }
}
