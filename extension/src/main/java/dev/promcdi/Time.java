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
 * Observes the duration of every call, in seconds, in a histogram (or the application's
 * histogram or summary of that name).
 *
 * <p>A call that throws is observed too. A method returning a {@code CompletionStage} is
 * observed when the stage completes (normally, exceptionally or by cancellation), not when the
 * method returns; the stage handed to the caller completes only after the observation.
 *
 * <pre>{@code
 * @Time(value = "orders_place_seconds", help = "Time spent placing orders.")
 * public CompletionStage<Receipt> place(Order order) { ... }
 * }</pre>
 *
 * <p>On a class, the binding applies to every business method; a method's own {@code @Time}
 * wins over the class's.
 */
@Documented
@Inherited
@Instrumented
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Time {

    /**
     * The metric name, for example {@code orders_place_seconds}.
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

    /**
     * Classic histogram bucket upper bounds in seconds; empty for the client's defaults.
     *
     * @return the bucket upper bounds
     */
    @Nonbinding
    double[] buckets() default {};
}
