package dev.promcdi.benchmarks;

import io.prometheus.metrics.core.metrics.Histogram;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** {@link HandTimedInterceptor}'s floor for a classic-only histogram, to compare with {@code timeClassic}. */
@HandTimedClassic
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE + 100)
public class HandTimedClassicInterceptor {

    static final Histogram HISTOGRAM = Histogram.builder().name("hand_intercepted_classic_seconds").classicOnly()
            .build();

    @AroundInvoke
    public Object time(InvocationContext invocation) throws Exception {
        return HandTimedInterceptor.time(HISTOGRAM, invocation);
    }
}
