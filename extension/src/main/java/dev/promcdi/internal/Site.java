package dev.promcdi.internal;

import dev.promcdi.spi.Ticker;
import dev.promcdi.spi.TraceExemplar;
import io.prometheus.metrics.model.snapshots.Labels;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Modifier;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;

/**
 * The probes of one instrumented method, applied around its calls. Built once at deployment; a
 * call reads the clock (only when a probe needs it), runs the probes and, for a method that
 * returns a {@link CompletionStage}, ends the measurement when the stage completes, with the
 * caller's trace kept for the exemplar. {@link PublisherSite} uses sites for the calls and the
 * subscriptions of methods that return a publisher.
 */
public final class Site implements MeasuredMethod {

    private final Ticker ticker;
    private final Probe[] probes;
    private final boolean timed;
    private final boolean mayReturnStage;
    private final boolean mayReplaceStage;
    private final boolean measuresWork;

    /**
     * Prepares the measurement of one method, or of stages handed to {@code dev.promcdi.Async}.
     *
     * @param ticker the clock
     * @param probes the probes, in the order they enter; owned by the site from now on
     * @param returnType the method's declared return type, which tells whether a result can be a
     *     {@link CompletionStage} at all, and whether a returned stage can be replaced by a
     *     {@link CompletableFuture} that completes only after the probes ran
     */
    public Site(Ticker ticker, Probe[] probes, Class<?> returnType) {
        this.ticker = ticker;
        this.probes = probes;
        this.mayReturnStage = canHoldStage(returnType);
        this.mayReplaceStage = returnType.isAssignableFrom(CompletableFuture.class);
        boolean anyTimed = false;
        boolean anyForWork = false;
        for (Probe probe : probes) {
            anyTimed |= probe.needsTime();
            anyForWork |= !probe.atCall();
        }
        this.timed = anyTimed;
        this.measuresWork = anyForWork;
    }

    /**
     * Whether a value of the declared type can be a {@link CompletionStage}: not for primitives,
     * {@code void}, or final classes that are not stages. Methods of the other types take a path
     * without the stage handling, which keeps it out of the compiled code of every synchronous call.
     */
    private static boolean canHoldStage(Class<?> type) {
        return !type.isPrimitive()
                && (!Modifier.isFinal(type.getModifiers()) || CompletionStage.class.isAssignableFrom(type));
    }

    /**
     * Runs the intercepted call, measured. A failure is recorded, then rethrown as it is.
     *
     * @param invocation the call
     * @return what the method returned, or a stage completing like it after the measurement
     * @throws Exception what the method threw
     */
    @Override
    public Object proceed(InvocationContext invocation) throws Exception {
        long start = enter();
        Object result;
        try {
            result = invocation.proceed();
        } catch (Throwable failure) {
            exit(start, failure, null);
            throw failure;
        }
        if (mayReturnStage) {
            return measureUntilDone(result, start, invocation);
        }
        exit(start, null, null);
        return result;
    }

    /** Ends the measurement of a result that may be a stage: now, or when the stage completes. */
    private Object measureUntilDone(Object result, long start, InvocationContext invocation) {
        if (result instanceof CompletableFuture<?> future && isDone(future)) {
            exit(start, failureOf(future), null); // already over: measured now, handed back as it is
            return result;
        }
        if (result instanceof CompletionStage<?> stage) {
            Labels exemplar = exemplar(); // still the caller's thread
            return mayReplaceStage ? measure(stage, start, exemplar) : observe(stage, start, exemplar);
        }
        exit(start, null, null);
        if (measuresWork && result instanceof Future<?> future && !future.isDone()) {
            RunningFutureWarning.once(this, invocation.getMethod(), future);
        }
        return result;
    }

    /** Whether {@code future} is complete; false for a minimal stage, which will not say. */
    private static boolean isDone(CompletableFuture<?> future) {
        try {
            return future.isDone();
        } catch (UnsupportedOperationException minimalStage) {
            return false;
        }
    }

    /** What a completed future failed with, or null; reading it does not block. */
    private static Throwable failureOf(CompletableFuture<?> done) {
        if (!done.isCompletedExceptionally()) {
            return null;
        }
        try {
            done.join();
            return null;
        } catch (CancellationException | CompletionException failure) {
            return failure;
        }
    }

    /** Starts a measurement: runs the entry probes, then reads the clock. */
    long enter() {
        for (Probe probe : probes) {
            probe.enter();
        }
        return timed ? ticker.read() : 0L;
    }

    /** Ends a measurement started by {@link #enter()}, running the probes in reverse order. */
    void exit(long start, Throwable failure, Labels exemplar) {
        long elapsed = timed ? ticker.read() - start : 0L;
        for (int i = probes.length - 1; i >= 0; i--) {
            probes[i].exit(elapsed, failure, exemplar);
        }
    }

    /**
     * The trace of the span current on this thread, kept for the observation that ends the
     * measurement; only durations carry exemplars, so a site without one captures nothing.
     */
    Labels exemplar() {
        return timed ? TraceExemplar.ofCurrentSpan() : null;
    }

    /** The clock, read only when a probe needs it: the start of a measurement entered later. */
    long clock() {
        return timed ? ticker.read() : 0L;
    }

    /** Records a measurement that started at {@code start} and is over already: entry, then exit. */
    void record(long start, Throwable failure) {
        for (Probe probe : probes) {
            probe.enter();
        }
        exit(start, failure, null);
    }

    /**
     * Measures {@code stage} from now until it completes.
     *
     * @param <T> the stage's value type
     * @param stage the stage
     * @return a future completing like {@code stage}, after the measurement has ended
     */
    public <T> CompletableFuture<T> measureFromNow(CompletionStage<T> stage) {
        return measure(stage, enter(), exemplar());
    }

    /** A future that completes like {@code stage}, after this site's measurement has ended. */
    private <T> CompletableFuture<T> measure(CompletionStage<T> stage, long start, Labels exemplar) {
        return MeasuredFuture.of(stage, this, start, exemplar);
    }

    /**
     * Ends the measurement when {@code stage} completes, for return types that cannot take a
     * replacement: the stage is returned as it is, so a callback the caller adds may run before
     * the metrics are updated.
     */
    private <T> CompletionStage<T> observe(CompletionStage<T> stage, long start, Labels exemplar) {
        try {
            stage.whenComplete((value, failure) -> exit(start, failure, exemplar));
        } catch (RuntimeException | Error refused) {
            exit(start, refused, exemplar);
            throw refused;
        }
        return stage;
    }
}
