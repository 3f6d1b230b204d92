package dev.promcdi;

import dev.promcdi.internal.Instrumented;
import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Increments a counter once per call, on entry, whatever the outcome.
 *
 * <pre>{@code
 * @Count(value = "orders_total", help = "Orders placed.", labels = "channel=web")
 * public Receipt place(Order order) { ... }
 * }</pre>
 */
@Documented
@Inherited
@Instrumented
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Count {

    /**
     * The counter name, for example {@code orders_total}.
     *
     * @return the metric name
     */
    @Nonbinding
    String value();

    /**
     * The help text; empty when another site or the application's own metric gives it.
     *
     * @return the help text
     */
    @Nonbinding
    String help() default "";

    /**
     * Constant label values for this site, each as {@code "key=value"}.
     *
     * @return the labels of this site
     */
    @Nonbinding
    String[] labels() default {};
}
