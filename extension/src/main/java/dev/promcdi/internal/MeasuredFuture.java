package dev.promcdi.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

/**
 * The future handed to the caller in place of a measured stage. It completes with the stage's
 * outcome only after the measurement has ended, so whoever sees it complete sees the metric
 * updated. Cancelling it cancels the source; if the source cannot be cancelled, the measurement
 * ends at the cancellation and the source's later outcome is ignored.
 */
final class MeasuredFuture<T> extends CompletableFuture<T> implements BiConsumer<T, Throwable> {

    private static final VarHandle ENDED;

    static {
        try {
            ENDED = MethodHandles.lookup().findVarHandle(MeasuredFuture.class, "ended", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final CompletionStage<T> source;
    private final Site site;
    private final long start;
    private volatile boolean ended;

    private MeasuredFuture(CompletionStage<T> source, Site site, long start) {
        this.source = source;
        this.site = site;
        this.start = start;
    }

    static <T> CompletableFuture<T> of(CompletionStage<T> source, Site site, long start) {
        MeasuredFuture<T> measured = new MeasuredFuture<>(source, site, start);
        source.whenComplete(measured);
        return measured;
    }

    /** The source completed: end the measurement, then pass the outcome on unchanged. */
    @Override
    public void accept(T value, Throwable failure) {
        if (claim()) {
            try {
                site.exit(start, failure);
            } finally {
                if (failure == null) {
                    complete(value);
                } else {
                    completeExceptionally(failure);
                }
            }
        }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        if (source instanceof Future<?> future) {
            try {
                future.cancel(mayInterruptIfRunning); // completes the source, which normally ends us
            } catch (UnsupportedOperationException notCancellable) {
                // a minimal stage: measured until the cancellation below
            }
        }
        if (claim()) {
            CancellationException cancellation = new CancellationException();
            try {
                site.exit(start, cancellation);
            } finally {
                completeExceptionally(cancellation);
            }
        }
        return isCancelled();
    }

    /** Whether this caller ends the measurement: true exactly once. */
    private boolean claim() {
        return ENDED.compareAndSet(this, false, true);
    }
}
