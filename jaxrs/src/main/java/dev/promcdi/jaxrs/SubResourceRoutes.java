package dev.promcdi.jaxrs;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The route of a sub-resource method: the application path, the root resource's path, the path
 * of each locator on the way, and the method's own. JAX-RS names the matched resources but not
 * the locators, so each locator is found on its parent by return type, and among several by the
 * path it matched.
 */
final class SubResourceRoutes {

    private final String applicationPath;
    private final Method resourceMethod;

    SubResourceRoutes(String applicationPath, Method resourceMethod) {
        this.applicationPath = applicationPath;
        this.resourceMethod = resourceMethod;
    }

    /**
     * @param resources the matched resource instances, current first, as {@code UriInfo} gives them
     * @param matchedUris the matched paths relative to the application, current first, as
     *     {@code UriInfo} gives them
     */
    String template(List<Object> resources, List<String> matchedUris) {
        List<String> parts = new ArrayList<>();
        Class<?> root = resourceClass(resources.get(resources.size() - 1).getClass());
        parts.add(Templates.pathOf(root));
        for (int i = resources.size() - 1; i > 0; i--) {
            Class<?> parent = resourceClass(resources.get(i).getClass());
            Class<?> child = resources.get(i - 1).getClass();
            String matched = i < matchedUris.size() ? matchedUris.get(i) : null;
            parts.add(Templates.pathOf(locator(parent, child, String.join("/", parts), matched)));
        }
        parts.add(Templates.pathOf(resourceMethod));
        parts.add(0, applicationPath);
        return Templates.join(parts.toArray(String[]::new));
    }

    /** The locator of {@code parent} that returned {@code child}. */
    private static Method locator(Class<?> parent, Class<?> child, String prefix, String matched) {
        List<Method> candidates = Arrays.stream(parent.getMethods())
                .filter(method -> method.isAnnotationPresent(Path.class) && !isResourceMethod(method))
                .filter(method -> method.getReturnType().isAssignableFrom(child))
                .sorted(Comparator.comparing(Method::toGenericString)).toList();
        if (candidates.size() > 1 && matched != null) {
            String path = Templates.join(matched);
            for (Method candidate : candidates) {
                if (Templates.regex(Templates.join(prefix, Templates.pathOf(candidate)).replaceFirst("^/", ""))
                        .matcher(path.replaceFirst("^/", "")).matches()) {
                    return candidate;
                }
            }
        }
        if (candidates.isEmpty()) {
            throw new IllegalStateException("No sub-resource locator of " + parent.getName() + " returns "
                    + child.getName() + "; promcdi cannot name the route.");
        }
        return candidates.get(0);
    }

    private static boolean isResourceMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }

    /** The application's class behind a container proxy: the nearest one with JAX-RS annotations. */
    private static Class<?> resourceClass(Class<?> type) {
        Class<?> candidate = type;
        while (candidate.getSuperclass() != null && candidate.getSuperclass() != Object.class
                && (candidate.isSynthetic() || candidate.getName().contains("$$") || candidate.getName().contains("$Proxy"))) {
            candidate = candidate.getSuperclass();
        }
        return candidate;
    }
}
