package dev.promcdi.internal;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one interceptor binding behind {@code @Time}, {@code @CountExceptions},
 * {@code @TrackInProgress} and {@code @Count}: each of them carries it, so a method with any mix
 * of the four passes through a single {@link MetricsInterceptor} and pays the container's
 * interception cost once. Not part of the API.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Instrumented {
}
