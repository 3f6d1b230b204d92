package dev.promcdi.internal.cdi;

import dev.promcdi.internal.Instrumented;
import dev.promcdi.internal.MeasuredMethod;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Intercepted;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serial;
import java.io.Serializable;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * The interceptor behind all four bindings. Each instance serves one bean instance and, from its
 * first call on, holds its bean class's sites, resolved at deployment: a call costs one small map
 * read and the probes. Serializable, so beans of passivating scopes can use the bindings.
 *
 * <p>Priority {@code LIBRARY_BEFORE + 100}: inside platform interceptors such as transactions
 * ({@code PLATFORM_BEFORE + 200}), outside the application's own, so the measurement covers the
 * application's interceptors and sees the outcome they produce.
 */
@Instrumented
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE + 100)
public class MetricsInterceptor implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    // Not transient: the container passivates the interceptor with the bean. Bean is not declared
    // Serializable, but what containers inject here is (CDI 4.0, 6.6.4).
    @Inject
    @Intercepted
    @SuppressWarnings("serial")
    Bean<?> bean;

    // Transient, as the index is not serializable; after passivation it is looked up again.
    @Inject
    transient SiteIndex index;

    private transient Map<Method, MeasuredMethod> sites;

    /** Creates the interceptor of one bean instance; the container does. */
    public MetricsInterceptor() {
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
        Map<Method, MeasuredMethod> known = sites;
        if (known == null) {
            SiteIndex sitesByClass = index == null ? CDI.current().select(SiteIndex.class).get() : index;
            known = sitesByClass.sitesOf(bean.getBeanClass());
            if (known == null) { // a call before the deployment is validated, from an extension's observer
                return invocation.proceed();
            }
            sites = known;
        }
        MeasuredMethod measured = known.get(invocation.getMethod());
        return measured == null ? invocation.proceed() : measured.proceed(invocation);
    }
}
