package dev.promcdi.benchmarks;

import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.snapshots.Unit;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * {@code nanoTime} + {@code observe} around {@code proceed()} into one histogram, with no look-up
 * at all: the floor for any interceptor that times calls, at promcdi's priority.
 */
@HandTimed
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE + 100)
public class HandTimedInterceptor {

    static final Histogram HISTOGRAM = Histogram.builder().name("hand_intercepted_seconds").build();

    @AroundInvoke
    public Object time(InvocationContext invocation) throws Exception {
        return time(HISTOGRAM, invocation);
    }

    /** The floor's whole work: the call, timed into {@code histogram}. */
    static Object time(Histogram histogram, InvocationContext invocation) throws Exception {
        long start = System.nanoTime();
        try {
            return invocation.proceed();
        } finally {
            histogram.observe(Unit.nanosToSeconds(System.nanoTime() - start));
        }
    }
}
