package dev.promcdi.tck.app;

import dev.promcdi.jaxrs.RequestMonitor;
import io.prometheus.metrics.core.metrics.Counter;
import jakarta.enterprise.context.ApplicationScoped;

/** H5: a request monitor bean that adds the application's own metric beside promcdi's. */
@ApplicationScoped
public class CountingMonitor implements RequestMonitor {

    private static final Counter FINISHED = Counter.builder().name("tck_monitored_requests_total")
            .help("Requests the application's monitor was told of.").labelNames("route", "status").register();

    @Override
    public void finished(String method, String route, int status, long durationNanos) {
        FINISHED.labelValues(route, String.valueOf(status)).inc();
    }
}
