package dev.promcdi.jaxrs;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Route templates as they appear in labels: {@code /api/users/{id}}, regular expressions left out. */
final class Templates {

    /** A template parameter, possibly with a regular expression: {@code {id}} or {@code {id: \d+}}. */
    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(:\\s*((?:[^{}]|\\{[^{}]*})*))?}");

    private Templates() {
    }

    /** The {@code @Path} of a class or method, or empty. */
    static String pathOf(AnnotatedElement element) {
        Path path = element.getAnnotation(Path.class);
        return path == null ? "" : path.value();
    }

    /** The {@code @Path} of a resource class, or of the nearest superclass or interface that has one. */
    static String classPath(Class<?> type) {
        for (Class<?> candidate = type; candidate != null && candidate != Object.class; candidate = candidate.getSuperclass()) {
            if (candidate.isAnnotationPresent(Path.class)) {
                return pathOf(candidate);
            }
            for (Class<?> contract : candidate.getInterfaces()) {
                if (contract.isAnnotationPresent(Path.class)) {
                    return pathOf(contract);
                }
            }
        }
        return "";
    }

    /**
     * The method that carries a resource method's JAX-RS annotations: itself, else the method it
     * overrides in a superclass, else in an interface, as JAX-RS inherits them.
     */
    static Method annotated(Method method) {
        if (hasJaxrsAnnotation(method)) {
            return method;
        }
        for (Class<?> type = method.getDeclaringClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            List<Class<?>> candidates = new ArrayList<>();
            candidates.add(type);
            candidates.addAll(Arrays.asList(type.getInterfaces()));
            for (Class<?> candidate : candidates) {
                try {
                    Method overridden = candidate.getDeclaredMethod(method.getName(), method.getParameterTypes());
                    if (hasJaxrsAnnotation(overridden)) {
                        return overridden;
                    }
                } catch (NoSuchMethodException notHere) {
                    // look further up
                }
            }
        }
        return method;
    }

    private static boolean hasJaxrsAnnotation(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            Class<? extends Annotation> type = annotation.annotationType();
            if (type == Path.class || type.isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }

    /** Joins path parts into one template: one leading slash, no double or trailing slashes, {@code {id}} bare. */
    static String join(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            for (String segment : PARAMETER.matcher(part).replaceAll("{$1}").split("/")) {
                if (!segment.isEmpty()) {
                    joined.append('/').append(segment);
                }
            }
        }
        return joined.length() == 0 ? "/" : joined.toString();
    }

    /** A pattern matching the paths {@code template} (not normalised) matches. */
    static Pattern regex(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(template);
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(last, parameter.start())));
            regex.append(parameter.group(3) == null ? "[^/]+" : "(?:" + parameter.group(3).trim() + ")");
            last = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return Pattern.compile(regex.toString());
    }
}
