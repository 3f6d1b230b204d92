package dev.promcdi.internal;

import io.prometheus.metrics.model.snapshots.Labels;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

/**
 * The future handed to the caller in place of a measured stage. It completes with the stage's
 * outcome only after the measurement has ended, so whoever sees it complete sees the metric
 * updated. Whatever completes it first ends the measurement, exactly once: the source, a
 * {@link #cancel} (which also cancels the source), or the caller through {@link #complete},
 * {@link #completeExceptionally} or {@code orTimeout}. A later outcome of the source is ignored.
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
    private final Labels exemplar;
    private volatile boolean ended;

    private MeasuredFuture(CompletionStage<T> source, Site site, long start, Labels exemplar) {
        this.source = source;
        this.site = site;
        this.start = start;
        this.exemplar = exemplar;
    }

    static <T> CompletableFuture<T> of(CompletionStage<T> source, Site site, long start, Labels exemplar) {
        MeasuredFuture<T> measured = new MeasuredFuture<>(source, site, start, exemplar);
        source.whenComplete(measured);
        return measured;
    }

    /** The source completed: end the measurement, then pass the outcome on unchanged. */
    @Override
    public void accept(T value, Throwable failure) {
        end(value, failure);
    }

    @Override
    public boolean complete(T value) {
        return end(value, null);
    }

    @Override
    public boolean completeExceptionally(Throwable failure) {
        return end(null, Objects.requireNonNull(failure, "failure"));
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
        end(null, new CancellationException());
        return isCancelled();
    }

    /** Ends the measurement and completes this future, if nothing did before. */
    private boolean end(T value, Throwable failure) {
        if (!ENDED.compareAndSet(this, false, true)) {
            return false;
        }
        boolean completed;
        try {
            site.exit(start, failure, exemplar);
        } finally {
            completed = failure == null ? super.complete(value) : super.completeExceptionally(failure);
        }
        return completed;
    }
}
