package dev.promcdi.internal.cdi;

import jakarta.enterprise.inject.spi.Annotated;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.AnnotatedType;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A bean class as {@link BindingScanner} reads it: its methods and the annotations on them and on
 * the class. A portable extension sees them through the container's {@link AnnotatedType}, which
 * other extensions may have changed; a build compatible extension has no such view at run time and
 * reads the class itself.
 */
record BeanClass(Class<?> javaClass, Annotations annotations, List<BeanMethod> methods) {

    /** The annotations present on a class or method: one, by type, and all of them. */
    record Annotations(Function<Class<? extends Annotation>, Annotation> byType,
            Supplier<Iterable<? extends Annotation>> every) {

        /** The annotation of {@code type}, or null. */
        Annotation get(Class<? extends Annotation> type) {
            return byType.apply(type);
        }

        /** Every annotation. */
        Iterable<? extends Annotation> all() {
            return every.get();
        }
    }

    /** One method and its annotations. */
    record BeanMethod(Method method, Annotations annotations) {
    }

    /**
     * The class as the container sees it after every portable extension had its say, less the
     * superclass methods it overrides, which calls on the bean never reach.
     */
    static BeanClass of(AnnotatedType<?> type) {
        Map<String, Class<?>> mostSpecific = new HashMap<>();
        for (AnnotatedMethod<?> method : type.getMethods()) {
            Method member = method.getJavaMember();
            if (overridable(member)) {
                mostSpecific.merge(signature(member), member.getDeclaringClass(),
                        (one, other) -> one.isAssignableFrom(other) ? other : one);
            }
        }
        List<BeanMethod> methods = new ArrayList<>();
        for (AnnotatedMethod<?> method : type.getMethods()) {
            Method member = method.getJavaMember();
            if (!overridable(member) || mostSpecific.get(signature(member)) == member.getDeclaringClass()) {
                methods.add(new BeanMethod(member, annotationsOf(method)));
            }
        }
        return new BeanClass(type.getJavaClass(), annotationsOf(type), methods);
    }

    /**
     * The class as compiled: the methods it declares and those it inherits from its superclasses
     * without overriding them, as CDI's annotated type lists them.
     */
    static BeanClass of(Class<?> type) {
        List<BeanMethod> methods = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Class<?> declaring = type; declaring != null && declaring != Object.class;
                declaring = declaring.getSuperclass()) {
            for (Method method : declaring.getDeclaredMethods()) {
                boolean hidden = overridable(method) && !seen.add(signature(method));
                if (!method.isSynthetic() && !hidden) {
                    methods.add(new BeanMethod(method, annotationsOf(method)));
                }
            }
        }
        return new BeanClass(type, annotationsOf(type), methods);
    }

    /** Whether a subclass can override {@code method}: neither private nor static. */
    private static boolean overridable(Method method) {
        return !Modifier.isPrivate(method.getModifiers()) && !Modifier.isStatic(method.getModifiers());
    }

    private static String signature(Method method) {
        return method.getName() + Arrays.toString(method.getParameterTypes());
    }

    private static Annotations annotationsOf(Annotated annotated) {
        return new Annotations(type -> annotated.getAnnotation(type), annotated::getAnnotations);
    }

    private static Annotations annotationsOf(AnnotatedElement element) {
        return new Annotations(type -> element.getAnnotation(type), () -> Arrays.asList(element.getAnnotations()));
    }
}
