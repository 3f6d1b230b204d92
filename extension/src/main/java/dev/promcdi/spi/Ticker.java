package dev.promcdi.spi;

/**
 * The time source of every measurement, in nanoseconds: {@link #SYSTEM} in production; tests hand
 * another one to the constructor of the part they check, so that durations are exact.
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
