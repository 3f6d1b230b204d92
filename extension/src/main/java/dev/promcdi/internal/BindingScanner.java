package dev.promcdi.internal;

import io.prometheus.metrics.model.snapshots.PrometheusNaming;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.AnnotatedType;
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
     */
    static List<InstrumentedMethod> scan(AnnotatedType<?> type, List<String> problems) {
        List<InstrumentedMethod> found = new ArrayList<>();
        boolean finalClass = Modifier.isFinal(type.getJavaClass().getModifiers());
        for (AnnotatedMethod<?> annotated : type.getMethods()) {
            Method method = annotated.getJavaMember();
            if (method.getDeclaringClass() == Object.class || method.isSynthetic()) {
                continue;
            }
            List<Binding> bindings = new ArrayList<>();
            boolean declaredOnMethod = false;
            for (BindingKind kind : BindingKind.ALL) {
                Annotation onMethod = annotated.getAnnotation(kind.annotationType);
                Annotation effective = onMethod != null ? onMethod : type.getAnnotation(kind.annotationType);
                if (effective != null) {
                    bindings.add(Binding.of(effective, method));
                    declaredOnMethod |= onMethod != null;
                }
            }
            if (bindings.isEmpty()) {
                continue;
            }
            String notInterceptable = notInterceptable(method, finalClass);
            if (notInterceptable != null) {
                // A class-level binding simply does not apply to private and static methods.
                if (declaredOnMethod || notInterceptable.equals("final")) {
                    for (Binding binding : bindings) {
                        problems.add(Messages.invalid(binding, finalClass
                                ? Messages.finalClass(type.getJavaClass())
                                : Messages.notInterceptable(notInterceptable)));
                    }
                }
                continue;
            }
            for (Binding binding : bindings) {
                check(binding, problems);
            }
            found.add(new InstrumentedMethod(method, List.copyOf(bindings)));
        }
        return found;
    }

    private static String notInterceptable(Method method, boolean finalClass) {
        int modifiers = method.getModifiers();
        if (Modifier.isPrivate(modifiers)) {
            return "private";
        }
        if (Modifier.isStatic(modifiers)) {
            return "static";
        }
        return Modifier.isFinal(modifiers) || finalClass ? "final" : null;
    }

    private static void check(Binding binding, List<String> problems) {
        String name = binding.kind().familyName(binding.name());
        if (!PrometheusNaming.isValidLegacyMetricName(name) || PrometheusNaming.validateMetricName(name) != null) {
            problems.add(Messages.invalid(binding,
                    Messages.invalidName(binding.name(), PrometheusNaming.validateMetricName(name))));
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
            } else if (isReserved(key, binding.kind())) {
                problems.add(Messages.invalid(binding, Messages.reservedLabelName(key, binding.kind())));
            } else if (!keys.add(key)) {
                problems.add(Messages.invalid(binding, Messages.duplicateLabel(key)));
            }
        }
        if (!increasingAndFinite(binding.buckets())) {
            problems.add(Messages.invalid(binding, Messages.invalidBuckets(binding.buckets())));
        }
    }

    private static boolean isReserved(String key, BindingKind kind) {
        return kind == BindingKind.TIME && (key.equals("le") || key.equals("quantile"));
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
