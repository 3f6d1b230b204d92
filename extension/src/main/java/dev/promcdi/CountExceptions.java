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
 * Increments a counter whenever a call fails with one of {@link #exceptions()}.
 *
 * <p>A method returning a {@code CompletionStage} counts when the stage fails; the failure is
 * matched after unwrapping {@code CompletionException} and {@code ExecutionException}. A
 * cancelled stage fails with {@code CancellationException}. The failure is always passed on
 * to the caller unchanged.
 *
 * <pre>{@code
 * @CountExceptions(value = "orders_failures_total", help = "Failed orders.", exceptions = IOException.class)
 * public Receipt place(Order order) throws IOException { ... }
 * }</pre>
 */
@Documented
@Inherited
@Instrumented
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface CountExceptions {

    /**
     * The counter name, for example {@code orders_failures_total}.
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
     * The failures to count, with their subclasses; by default (or when empty) every failure.
     *
     * @return the counted exception types
     */
    @Nonbinding
    Class<? extends Throwable>[] exceptions() default Throwable.class;
}
