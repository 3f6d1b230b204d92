package dev.promcdi.benchmarks;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Does nothing but proceed, at promcdi's priority. */
@Noop
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE + 100)
public class NoopInterceptor {

    @AroundInvoke
    public Object proceed(InvocationContext invocation) throws Exception {
        return invocation.proceed();
    }
}
