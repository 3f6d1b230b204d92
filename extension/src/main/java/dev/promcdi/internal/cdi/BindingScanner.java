package dev.promcdi.internal.cdi;

import dev.promcdi.internal.reactive.PublisherTypes;
import io.prometheus.metrics.model.snapshots.PrometheusNaming;
import jakarta.enterprise.inject.Stereotype;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the bindings in effect on each method of a bean class and checks each one on its own:
 * metric and label names, label form, buckets, and whether the container can intercept the
 * method at all. Checks across sites belong to {@link MetricCatalog}.
 */
final class BindingScanner {

    private BindingScanner() {
    }

    /**
     * The instrumented methods of {@code type}; every problem found is added to {@code problems}.
     * Methods of a final class and final methods are left to {@link #rejectFinal}.
     */
    static List<InstrumentedMethod> scan(BeanClass type, List<String> problems) {
        List<InstrumentedMethod> found = new ArrayList<>();
        for (BeanClass.BeanMethod annotated : type.methods()) {
            List<Binding> bindings = bindings(type, annotated);
            Method method = annotated.method();
            int modifiers = method.getModifiers();
            if (bindings.isEmpty() || isFinal(type, method)) {
                continue;
            }
            if (Modifier.isPrivate(modifiers) || Modifier.isStatic(modifiers)) {
                // A class-level binding simply does not apply to them; a method-level one is a mistake.
                String modifier = Modifier.isPrivate(modifiers) ? "private" : "static";
                bindings.stream().filter(binding -> find(annotated.annotations(), binding.kind()) != null)
                        .forEach(binding -> problems.add(Messages.invalid(binding, Messages.notInterceptable(modifier))));
                continue;
            }
            // Bindings with a problem of their own stay out of the checks across sites.
            bindings.removeIf(binding -> !check(binding, problems));
            String unmeasurable = PublisherTypes.unmeasurable(method.getReturnType());
            if (unmeasurable != null) {
                // @Count counts calls, which every method has; the others measure the work the result stands for.
                bindings.stream().filter(binding -> binding.kind() != BindingKind.COUNT)
                        .forEach(binding -> problems.add(Messages.invalid(binding, unmeasurable)));
            }
            found.add(new InstrumentedMethod(method, List.copyOf(bindings)));
        }
        return found;
    }

    /**
     * Reports every binding on a final method or in a final class, which the container cannot
     * intercept, so the report names them before the container refuses the class on its own.
     *
     * @return whether there was any
     */
    static boolean rejectFinal(BeanClass type, List<String> problems) {
        boolean any = false;
        for (BeanClass.BeanMethod annotated : type.methods()) {
            Method method = annotated.method();
            int modifiers = method.getModifiers();
            if (isFinal(type, method) && !Modifier.isPrivate(modifiers) && !Modifier.isStatic(modifiers)) {
                for (Binding binding : bindings(type, annotated)) {
                    any = true;
                    problems.add(Messages.invalid(binding, Modifier.isFinal(modifiers)
                            ? Messages.notInterceptable("final")
                            : Messages.finalClass(type.javaClass())));
                }
            }
        }
        return any;
    }

    /** Whether {@code annotation} is one of promcdi's bindings. */
    static boolean isBinding(Annotation annotation) {
        return BindingKind.ALL.stream().anyMatch(kind -> kind.annotationType == annotation.annotationType());
    }

    /** The bindings in effect on a method: its own, else its class's, per kind. */
    private static List<Binding> bindings(BeanClass type, BeanClass.BeanMethod annotated) {
        List<Binding> bindings = new ArrayList<>();
        Method method = annotated.method();
        if (method.getDeclaringClass() == Object.class || method.isSynthetic()) {
            return bindings;
        }
        for (BindingKind<?, ?> kind : BindingKind.ALL) {
            Annotation effective = find(annotated.annotations(), kind);
            if (effective == null) {
                effective = find(type.annotations(), kind);
            }
            if (effective != null) {
                bindings.add(kind.bindingOf(effective, method));
            }
        }
        return bindings;
    }

    /**
     * The binding of {@code kind} on {@code annotated}: written there, or carried by a stereotype or
     * by another interceptor binding written there, as the container sees it.
     */
    private static Annotation find(BeanClass.Annotations annotated, BindingKind<?, ?> kind) {
        Annotation direct = annotated.get(kind.annotationType);
        if (direct != null) {
            return direct;
        }
        Set<Class<?>> seen = new HashSet<>();
        for (Annotation annotation : annotated.all()) {
            Annotation carried = carriedBy(annotation.annotationType(), kind, seen);
            if (carried != null) {
                return carried;
            }
        }
        return null;
    }

    private static Annotation carriedBy(Class<? extends Annotation> type, BindingKind<?, ?> kind, Set<Class<?>> seen) {
        boolean carrier = type.isAnnotationPresent(Stereotype.class) || type.isAnnotationPresent(InterceptorBinding.class);
        if (!carrier || !seen.add(type)) {
            return null;
        }
        Annotation direct = type.getAnnotation(kind.annotationType);
        if (direct != null) {
            return direct;
        }
        for (Annotation meta : type.getAnnotations()) {
            Annotation carried = carriedBy(meta.annotationType(), kind, seen);
            if (carried != null) {
                return carried;
            }
        }
        return null;
    }

    private static boolean isFinal(BeanClass type, Method method) {
        return Modifier.isFinal(method.getModifiers()) || Modifier.isFinal(type.javaClass().getModifiers());
    }

    /** Checks what a binding says on its own; false when it added a problem. */
    private static boolean check(Binding binding, List<String> problems) {
        int before = problems.size();
        String name = binding.kind().familyName(binding.name());
        String clientReason = PrometheusNaming.validateMetricName(name);
        if (!PrometheusNaming.isValidLegacyMetricName(name)) {
            problems.add(Messages.invalid(binding, Messages.invalidName(binding.name())));
        } else if (clientReason != null) {
            problems.add(Messages.invalid(binding, Messages.reservedSuffix(binding.name(), clientReason)));
        }
        Set<String> keys = new HashSet<>();
        for (String label : binding.labels()) {
            int equals = label.indexOf('=');
            if (equals <= 0) {
                problems.add(Messages.invalid(binding, Messages.labelNotKeyValue(label)));
                continue;
            }
            String key = label.substring(0, equals);
            if (!PrometheusNaming.isValidLegacyLabelName(key) || key.startsWith("__")) {
                problems.add(Messages.invalid(binding, Messages.invalidLabelName(key)));
            } else if (binding.kind().reservedLabels.contains(key)) {
                problems.add(Messages.invalid(binding, Messages.reservedLabelName(key, binding.kind())));
            } else if (!keys.add(key)) {
                problems.add(Messages.invalid(binding, Messages.duplicateLabel(key)));
            }
        }
        if (!increasingAndFinite(binding.buckets())) {
            problems.add(Messages.invalid(binding, Messages.invalidBuckets(binding.buckets())));
        }
        return problems.size() == before;
    }

    private static boolean increasingAndFinite(double[] buckets) {
        for (int i = 0; i < buckets.length; i++) {
            if (!Double.isFinite(buckets[i]) || i > 0 && buckets[i] <= buckets[i - 1]) {
                return false;
            }
        }
        return true;
    }
}
