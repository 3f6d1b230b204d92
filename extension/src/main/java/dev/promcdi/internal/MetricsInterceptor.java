package dev.promcdi.internal;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Intercepted;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * The interceptor behind all four bindings. Each instance serves one bean instance and holds its
 * bean class's sites, resolved at deployment, so a call costs one small map read and the probes.
 *
 * <p>Priority {@code LIBRARY_BEFORE + 100}: early, so the measurement includes the application's
 * own interceptors (transactions, retries) and sees the outcome the caller sees.
 */
@Instrumented
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE + 100)
public class MetricsInterceptor {

    private final Map<Method, Site> sites;

    /**
     * Creates the interceptor of one bean instance.
     *
     * @param bean the intercepted bean
     * @param extension the extension holding the deployment's sites
     */
    @Inject
    public MetricsInterceptor(@Intercepted Bean<?> bean, PromcdiExtension extension) {
        this.sites = extension.sitesOf(bean.getBeanClass());
    }

    /**
     * Measures one call.
     *
     * @param invocation the call
     * @return what the method returned, or a stage completing like it after the measurement
     * @throws Exception what the method threw, unchanged
     */
    @AroundInvoke
    public Object measure(InvocationContext invocation) throws Exception {
        Site site = sites.get(invocation.getMethod());
        return site == null ? invocation.proceed() : site.proceed(invocation);
    }
}
