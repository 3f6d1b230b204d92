package dev.promcdi.internal.cdi;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One annotation in effect on one method, as the user wrote it: the unit of validation, and what
 * every message names ("@Time on com.acme.Orders.place(java.lang.String)").
 */
record Binding(BindingKind<?, ?> kind, Method method, String name, String help, String[] labels,
        double[] buckets, Class<?>[] exceptions) {

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
    String signature() {
        return signature(method);
    }

    /** "@Time on com.acme.Orders.place(java.lang.String)". */
    String describe() {
        return kind.display() + " on " + signature();
    }

    static String signature(Method method) {
        return method.getDeclaringClass().getName() + "." + method.getName()
                + Arrays.stream(method.getParameterTypes()).map(Class::getTypeName)
                        .collect(Collectors.joining(",", "(", ")"));
    }
}
