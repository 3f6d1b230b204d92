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
 * Counts the calls in progress in a gauge: incremented on entry, decremented on exit.
 *
 * <p>The gauge goes back down whatever the outcome: return, throw, or, for a method returning a
 * {@code CompletionStage}, completion, failure or cancellation of the stage.
 *
 * <pre>{@code
 * @TrackInProgress(value = "orders_in_progress", help = "Orders being placed.")
 * public CompletionStage<Receipt> place(Order order) { ... }
 * }</pre>
 */
@Documented
@Inherited
@Instrumented
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface TrackInProgress {

    /**
     * The gauge name, for example {@code orders_in_progress}.
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
