package dev.promcdi.internal.cdi;

import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.internal.Instrumented;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import java.lang.annotation.Annotation;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The binding kinds and the places that must list every one of them. */
class BindingKindTest {

    @Test
    void theExtensionObservesTypesWithExactlyTheKindsAnnotations() throws NoSuchMethodException {
        WithAnnotations observed = PromcdiExtension.class
                .getDeclaredMethod("stripBindingsFromFinalTypes", ProcessAnnotatedType.class)
                .getParameters()[0].getAnnotation(WithAnnotations.class);

        assertEquals(Set.of(observed.value()), kindsAnnotations());
    }

    @Test
    void everyKindsAnnotationCarriesTheOneInterceptorBinding() {
        for (Class<? extends Annotation> annotation : kindsAnnotations()) {
            assertTrue(annotation.isAnnotationPresent(Instrumented.class), annotation.getName());
        }
    }

    private static Set<Class<? extends Annotation>> kindsAnnotations() {
        return BindingKind.ALL.stream().<Class<? extends Annotation>>map(kind -> kind.annotationType).collect(toSet());
    }
}
