package dev.promcdi.internal;

import jakarta.interceptor.InvocationContext;

/**
 * The measurement of one instrumented method's calls, chosen at deployment from its declared
 * return type: {@link Site} for results that are over at return or {@code CompletionStage}s,
 * {@link PublisherSite} for lazy reactive publishers.
 */
public interface MeasuredMethod {

    /**
     * Runs the intercepted call, measured. A failure is recorded, then rethrown as it is.
     *
     * @param invocation the call
     * @return what the method returned, or a stage or publisher behaving like it that ends the
     *     measurement when it ends
     * @throws Exception what the method threw
     */
    Object proceed(InvocationContext invocation) throws Exception;
}
