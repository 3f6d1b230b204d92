package dev.promcdi.jaxrs;

import jakarta.ws.rs.container.CompletionCallback;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;

/**
 * What promcdi reads of Quarkus REST's request context, where the JAX-RS API leaves the filters a
 * {@code Feature} registers without help: Quarkus REST injects nothing into them, applies no
 * dynamic feature a feature registers, and runs no response filter for a request that ends in an
 * unmapped exception or whose client left. Its server request context tells the matched resource
 * method and takes completion callbacks. On other runtimes both answer nothing. One per
 * application; it remembers the accessors of the one request context class the runtime uses.
 */
final class QuarkusRequests {

    private volatile Accessors accessors;

    /** The matched resource method of {@code request}, or null where the runtime does not say. */
    ResourceInfo resourceOf(ContainerRequestContext request) {
        Accessors known = accessorsOf(request);
        try {
            return known.resourceInfo == null ? null
                    : (ResourceInfo) known.resourceInfo.invoke(known.serverContext.invoke(request));
        } catch (ReflectiveOperationException | RuntimeException unreadable) {
            return null;
        }
    }

    /**
     * Has {@code callback} told when {@code request} is over, however it ends.
     *
     * @return false where the runtime cannot
     */
    boolean onCompletion(ContainerRequestContext request, CompletionCallback callback) {
        Accessors known = accessorsOf(request);
        try {
            if (known.completion != null) {
                known.completion.invoke(known.serverContext.invoke(request), callback);
                return true;
            }
        } catch (ReflectiveOperationException | RuntimeException unusable) {
            // as if the runtime had none
        }
        return false;
    }

    private Accessors accessorsOf(ContainerRequestContext request) {
        Accessors known = accessors;
        if (known == null || known.type != request.getClass()) {
            known = Accessors.of(request.getClass());
            accessors = known;
        }
        return known;
    }

    /** The accessors of one request context class; null methods when it has none. */
    private record Accessors(Class<?> type, Method serverContext, Method resourceInfo, Method completion) {

        static Accessors of(Class<?> type) {
            try {
                Method serverContext = type.getMethod("getServerRequestContext");
                Class<?> server = serverContext.getReturnType();
                Method resourceInfo = server.getMethod("getResteasyReactiveResourceInfo");
                Method completion = server.getMethod("registerCompletionCallback", CompletionCallback.class);
                if (ResourceInfo.class.isAssignableFrom(resourceInfo.getReturnType())) {
                    return new Accessors(type, serverContext, resourceInfo, completion);
                }
            } catch (NoSuchMethodException | RuntimeException none) {
                // not Quarkus REST
            }
            return new Accessors(type, null, null, null);
        }
    }
}
