package dev.promcdi.synchronous;

import dev.promcdi.Count;
import dev.promcdi.CountExceptions;
import dev.promcdi.Time;
import dev.promcdi.TrackInProgress;
import dev.promcdi.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class Checkout {

    @Inject
    private PrometheusRegistry registry;

    private double inProgressDuringCall;
    private int bodyRuns;

    public int bodyRuns() {
        return bodyRuns;
    }

    public double inProgressDuringCall() {
        return inProgressDuringCall;
    }

    public String unmeasured() {
        return "ok";
    }

    @Time("checkout_seconds")
    @Count("checkout_calls_total")
    @CountExceptions("checkout_failures_total")
    @TrackInProgress("checkout_in_progress")
    public String pay(boolean fail) {
        bodyRuns++;
        inProgressDuringCall = new Scrape(registry).value("checkout_in_progress");
        if (fail) {
            throw new IllegalStateException("declined");
        }
        return "paid";
    }

    @Time(value = "checkout_timed_seconds", buckets = {0.5, 2})
    public String timed(boolean fail) {
        return outcome(fail);
    }

    @Count("checkout_counted_total")
    public String counted(boolean fail) {
        return outcome(fail);
    }

    @CountExceptions("checkout_failed_total")
    public String failing(boolean fail) {
        return outcome(fail);
    }

    @TrackInProgress("checkout_tracked")
    public String tracked(boolean fail) {
        inProgressDuringCall = new Scrape(registry).value("checkout_tracked");
        return outcome(fail);
    }

    private static String outcome(boolean fail) {
        if (fail) {
            throw new IllegalStateException("declined");
        }
        return "ok";
    }
}
