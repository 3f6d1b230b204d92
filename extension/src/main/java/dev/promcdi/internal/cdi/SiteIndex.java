package dev.promcdi.internal.cdi;

import dev.promcdi.internal.MeasuredMethod;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * Where {@link MetricsInterceptor} finds the sites of a bean class: a bean of either extension
 * style, so the interceptor never needs {@code BeanManager.getExtension}, which CDI Lite lacks.
 * Not part of the API.
 */
public interface SiteIndex {

    /**
     * The sites of one bean class, by method.
     *
     * @param beanClass the bean class
     * @return its sites, empty for a class without bindings; null before the deployment is validated
     */
    Map<Method, MeasuredMethod> sitesOf(Class<?> beanClass);
}
