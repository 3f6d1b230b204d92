package dev.promcdi.internal;

import io.prometheus.metrics.model.snapshots.Labels;

/**
 * What one binding does around a call: something on entry, something on exit. Implementations
 * hold their data point, resolved once at deployment, so a call does no look-up.
 */
public interface Probe {

    /** Called before the method runs. */
    default void enter() {
    }

    /**
     * Called once when the call is over: the method returned, threw, its stage completed, or its
     * publisher's subscription ended.
     *
     * @param elapsedNanos the call's duration, or 0 when no probe of the site needs it
     * @param failure what the call failed with, or {@code null}
     * @param exemplar the trace of the span current when the measurement started (for a
     *     publisher: when the method was called), for an observation that may end on another
     *     thread; {@code null} for a call over at return, or when no sampled span was current,
     *     and then the client samples the span current where the observation is made
     */
    void exit(long elapsedNanos, Throwable failure, Labels exemplar);

    /**
     * Tells whether {@link #exit} needs the elapsed time, so untimed sites skip the clock.
     *
     * @return true for probes that observe durations
     */
    default boolean needsTime() {
        return false;
    }

    /**
     * Tells whether the probe measures the call itself rather than the work it stands for: for a
     * method returning a publisher, such a probe runs at the call, the others per subscription.
     *
     * @return true for probes that count calls
     */
    default boolean atCall() {
        return false;
    }
}
