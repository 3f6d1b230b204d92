package dev.promcdi.internal;

import dev.promcdi.Count;
import dev.promcdi.CountExceptions;
import dev.promcdi.Time;
import dev.promcdi.TrackInProgress;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One annotation in effect on one method, as the user wrote it: the unit of validation, and what
 * every message names ("@Time on com.acme.Orders.place(java.lang.String)").
 */
record Binding(BindingKind kind, Method method, String name, String help, String[] labels,
        double[] buckets, Class<?>[] exceptions) {

    private static final Class<?>[] EVERY_FAILURE = {};

    static Binding of(Annotation annotation, Method method) {
        if (annotation instanceof Time time) {
            return new Binding(BindingKind.TIME, method, time.value(), time.help(), time.labels(),
                    time.buckets(), EVERY_FAILURE);
        }
        if (annotation instanceof CountExceptions count) {
            Class<?>[] counted = Arrays.asList(count.exceptions()).contains(Throwable.class)
                    ? EVERY_FAILURE : count.exceptions();
            return new Binding(BindingKind.COUNT_EXCEPTIONS, method, count.value(), count.help(),
                    count.labels(), new double[0], counted);
        }
        if (annotation instanceof TrackInProgress track) {
            return new Binding(BindingKind.TRACK_IN_PROGRESS, method, track.value(), track.help(),
                    track.labels(), new double[0], EVERY_FAILURE);
        }
        Count count = (Count) annotation;
        return new Binding(BindingKind.COUNT, method, count.value(), count.help(), count.labels(),
                new double[0], EVERY_FAILURE);
    }

    /** The constant labels of this site by name, sorted; assumes {@link BindingScanner} accepted them. */
    SortedMap<String, String> labelValues() {
        SortedMap<String, String> values = new TreeMap<>();
        for (String label : labels) {
            int equals = label.indexOf('=');
            values.put(label.substring(0, equals), label.substring(equals + 1));
        }
        return values;
    }

    /** The method in the form messages use: {@code com.acme.Orders.place(java.lang.String)}. */
    String site() {
        return signature(method);
    }

    /** "@Time on com.acme.Orders.place(java.lang.String)". */
    String describe() {
        return kind.display() + " on " + site();
    }

    static String signature(Method method) {
        return method.getDeclaringClass().getName() + "." + method.getName()
                + Arrays.stream(method.getParameterTypes()).map(Class::getTypeName)
                        .collect(Collectors.joining(",", "(", ")"));
    }
}
