package dev.promcdi.internal;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.model.snapshots.Labels;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** {@code @CountExceptions}: one per failure of a counted type, matched on the unwrapped cause. */
public final class ExceptionProbe implements Probe {

    private final CounterDataPoint dataPoint;
    private final Class<?>[] counted;

    /**
     * Counts failures into {@code dataPoint}.
     *
     * @param dataPoint the counter
     * @param counted the exception types to count, owned by the probe; empty counts every failure
     */
    public ExceptionProbe(CounterDataPoint dataPoint, Class<?>[] counted) {
        this.dataPoint = dataPoint;
        this.counted = counted;
    }

    @Override
    public void exit(long elapsedNanos, Throwable failure, Labels exemplar) {
        if (failure != null && isCounted(unwrap(failure))) {
            dataPoint.inc();
        }
    }

    private boolean isCounted(Throwable cause) {
        if (counted.length == 0) {
            return true;
        }
        for (Class<?> type : counted) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The cause behind the wrappers that futures add, so {@code IOException} matches a failed stage. */
    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
