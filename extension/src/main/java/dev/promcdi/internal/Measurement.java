package dev.promcdi.internal;

import io.prometheus.metrics.model.snapshots.Labels;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One measurement in flight: started when created, ended exactly once by whichever terminal
 * signal comes first; later ones are ignored, so a publisher that signals twice neither observes
 * twice nor drives an in-progress gauge below where it started. The base of the subscribers that
 * measure one subscription of a publisher.
 */
public abstract class Measurement {

    private static final VarHandle ENDED;

    static {
        try {
            ENDED = MethodHandles.lookup().findVarHandle(Measurement.class, "ended", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Site site;
    private final Labels exemplar;
    private final long start;
    private volatile boolean ended;

    /**
     * Starts a measurement now.
     *
     * @param site the probes to run
     * @param exemplar the caller's trace for the observation at the end, or {@code null}
     */
    protected Measurement(Site site, Labels exemplar) {
        this.site = site;
        this.exemplar = exemplar;
        this.start = site.enter();
    }

    /**
     * Runs the subscription of this measurement to its source; a source that throws instead of
     * signalling ends the measurement as a failure, and the caller sees the throw.
     *
     * @param subscribe the subscription, such as {@code () -> source.subscribe(this)}
     */
    protected final void subscribing(Runnable subscribe) {
        try {
            subscribe.run();
        } catch (RuntimeException | Error refused) {
            end(refused);
            throw refused;
        }
    }

    /**
     * Ends the measurement, unless it has ended already.
     *
     * @param failure what the work failed with, or {@code null} when it succeeded or was cancelled
     */
    protected final void end(Throwable failure) {
        if (ENDED.compareAndSet(this, false, true)) {
            site.exit(start, failure, exemplar);
        }
    }
}
