package dev.promcdi.benchmarks;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * What Quarkus' Micrometer {@code @Timed} interceptor does per call: start a sample, then build
 * the timer from name and tags (class, method, exception) and register it, which looks it up.
 */
@MicrometerTimed
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE + 100)
public class MicrometerTimedInterceptor {

    @Inject
    MeterRegistry registry;

    @AroundInvoke
    public Object time(InvocationContext invocation) throws Exception {
        Timer.Sample sample = Timer.start(registry);
        String exception = "none";
        try {
            return invocation.proceed();
        } catch (Exception e) {
            exception = e.getClass().getSimpleName();
            throw e;
        } finally {
            sample.stop(Timer.builder("bench.micrometer").tag("class", invocation.getMethod().getDeclaringClass().getName())
                    .tag("method", invocation.getMethod().getName()).tag("exception", exception).register(registry));
        }
    }
}
