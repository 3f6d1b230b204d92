package dev.promcdi.internal;

/**
 * What one binding does around a call: something on entry, something on exit. Implementations
 * hold their data point, resolved once at deployment, so a call does no look-up.
 */
public interface Probe {

    /** Called before the method runs. */
    default void enter() {
    }

    /**
     * Called once when the call is over: the method returned, threw, or its stage completed.
     *
     * @param elapsedNanos the call's duration, or 0 when no probe of the site needs it
     * @param failure what the call failed with, or {@code null}
     */
    void exit(long elapsedNanos, Throwable failure);

    /**
     * Tells whether {@link #exit} needs the elapsed time, so untimed sites skip the clock.
     *
     * @return true for probes that observe durations
     */
    default boolean needsTime() {
        return false;
    }
}
