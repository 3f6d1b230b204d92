package dev.promcdi.scopes;

import dev.promcdi.Count;
import dev.promcdi.Time;
import jakarta.enterprise.inject.Stereotype;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An application stereotype that carries promcdi bindings. */
@Stereotype
@Time(value = "service_seconds", help = "Time spent in services.")
@Count(value = "service_calls_total", help = "Service calls.")
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Timed {
}
