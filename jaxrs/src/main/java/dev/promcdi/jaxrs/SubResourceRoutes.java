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
     * A sub-resource method's route.
     *
     * @param path the template, such as {@code /api/shops/{shop}/items/{item}}
     * @param ambiguous whether a locator had to be chosen by the matched path, so the route
     *     depends on more than the chain of classes
     */
    record Template(String path, boolean ambiguous) {
    }

    /**
     * @param resources the matched resource instances, current first, as {@code UriInfo} gives them
     * @param matchedUris the matched paths relative to the application, current first, as
     *     {@code UriInfo} gives them
     */
    Template template(List<Object> resources, List<String> matchedUris) {
        if (resources.size() < 2) {
            throw new IllegalStateException("A sub-resource method was matched without the resource of its locator.");
        }
        List<String> parts = new ArrayList<>();
        Class<?> root = resourceClass(typeOf(resources.get(resources.size() - 1)));
        parts.add(Templates.pathOf(root));
        boolean ambiguous = false;
        for (int i = resources.size() - 1, step = 0; i > 0; i--, step++) {
            Class<?> parent = resourceClass(typeOf(resources.get(i)));
            Class<?> child = typeOf(resources.get(i - 1));
            // Matched URIs, current first, end with the root's path, then one per locator step.
            int index = matchedUris.size() - 2 - step;
            String matched = index >= 0 ? matchedUris.get(index) : null;
            List<Method> candidates = locators(parent, child);
            ambiguous |= candidates.size() > 1;
            parts.add(Templates.pathOf(choose(candidates, parent, child, String.join("/", parts), matched)));
        }
        parts.add(Templates.pathOf(resourceMethod));
        parts.add(0, applicationPath);
        return new Template(Templates.join(parts.toArray(String[]::new)), ambiguous);
    }

    /**
     * The class of a matched resource as {@code UriInfo.getMatchedResources()} gives it: an
     * instance, or (CXF) the class itself.
     */
    static Class<?> typeOf(Object matched) {
        return matched instanceof Class<?> type ? type : matched.getClass();
    }

    /** The locators of {@code parent} that may have returned {@code child}. */
    private static List<Method> locators(Class<?> parent, Class<?> child) {
        return Arrays.stream(parent.getMethods())
                .filter(method -> method.isAnnotationPresent(Path.class) && !isResourceMethod(method))
                .filter(method -> method.getReturnType().isAssignableFrom(child))
                .sorted(Comparator.comparing(Method::toGenericString)).toList();
    }

    /** The locator that returned {@code child}: the only candidate, or the one whose path matched. */
    private static Method choose(List<Method> candidates, Class<?> parent, Class<?> child, String prefix, String matched) {
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

    /** The application's class behind a container's subclass proxy (Weld, OpenWebBeans). */
    private static Class<?> resourceClass(Class<?> type) {
        Class<?> candidate = type;
        while (candidate.getSuperclass() != null && candidate.getSuperclass() != Object.class
                && !java.lang.reflect.Proxy.isProxyClass(candidate)
                && (candidate.isSynthetic() || candidate.getName().contains("$$") || candidate.getName().contains("$Proxy"))) {
            candidate = candidate.getSuperclass();
        }
        return candidate;
    }
}
