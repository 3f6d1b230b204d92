package dev.promcdi.internal;

/**
 * The time source of every measurement, in nanoseconds. The extension uses a {@code Ticker} bean
 * when the deployment has one (tests do, to make durations exact), else {@link #SYSTEM}. Not part
 * of the API.
 */
@FunctionalInterface
public interface Ticker {

    /** {@link System#nanoTime()}. */
    Ticker SYSTEM = System::nanoTime;

    /**
     * Reads the time.
     *
     * @return a time in nanoseconds, meaningful only as a difference to another reading
     */
    long read();
}
