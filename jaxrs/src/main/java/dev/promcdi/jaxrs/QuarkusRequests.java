package dev.promcdi.jaxrs;

import jakarta.ws.rs.container.CompletionCallback;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.System.Logger.Level;
import java.lang.reflect.Method;

/**
 * What promcdi reads of Quarkus REST's request context, where the JAX-RS API leaves the filters a
 * {@code Feature} registers without help: Quarkus REST injects nothing into them, applies no
 * dynamic feature a feature registers, and runs no response filter for a request that ends in an
 * unmapped exception or whose client left. Its server request context tells the matched resource
 * method and takes completion callbacks; promcdi reaches it by reflection, so that no Quarkus
 * class is needed elsewhere. On other runtimes both answer nothing. One per application; it
 * remembers the accessors of the one request context class the runtime uses, and says once in the
 * log when a Quarkus REST it does not know hides them.
 */
final class QuarkusRequests {

    private static final System.Logger LOG = System.getLogger(QuarkusRequests.class.getName());
    private static final String SERVER_CONTEXT = "getServerRequestContext";
    private static final String RESOURCE_INFO = "getResteasyReactiveResourceInfo";
    private static final String COMPLETION = "registerCompletionCallback";

    private volatile Accessors accessors;

    /** The matched resource method of {@code request}, or null where the runtime does not say. */
    ResourceInfo resourceOf(ContainerRequestContext request) {
        Accessors known = accessorsOf(request);
        if (known.resourceInfo == null) {
            return null;
        }
        try {
            return (ResourceInfo) known.resourceInfo.invoke(known.serverContext.invoke(request));
        } catch (ReflectiveOperationException | RuntimeException unreadable) {
            disable(known, unreadable);
            return null;
        }
    }

    /** Whether the runtime takes completion callbacks for {@code request}. */
    boolean completes(ContainerRequestContext request) {
        return accessorsOf(request).completion != null;
    }

    /** Has {@code callback} told when {@code request} is over, however it ends, where {@link #completes} says so. */
    void onCompletion(ContainerRequestContext request, CompletionCallback callback) {
        Accessors known = accessorsOf(request);
        try {
            known.completion.invoke(known.serverContext.invoke(request), callback);
        } catch (ReflectiveOperationException | RuntimeException unusable) {
            disable(known, unusable);
        }
    }

    private Accessors accessorsOf(ContainerRequestContext request) {
        Accessors known = accessors;
        if (known == null || known.type != request.getClass()) {
            known = Accessors.of(request.getClass());
            accessors = known;
        }
        return known;
    }

    /** Stops using accessors that failed, saying so once. */
    private void disable(Accessors failed, Exception why) {
        accessors = new Accessors(failed.type, null, null, null);
        LOG.log(Level.WARNING, "promcdi cannot read Quarkus REST's request context of " + failed.type.getName()
                + " (" + why + "): requests that match a resource will be recorded as UNMATCHED, and those that "
                + "fail unmapped or lose their client not at all. Use the Quarkus version promcdi was tested with.");
    }

    /** The accessors of one request context class; null methods when it has none. */
    private record Accessors(Class<?> type, Method serverContext, Method resourceInfo, Method completion) {

        static Accessors of(Class<?> type) {
            Method serverContext;
            try {
                serverContext = type.getMethod(SERVER_CONTEXT);
            } catch (NoSuchMethodException notQuarkus) {
                return new Accessors(type, null, null, null);
            }
            try {
                Class<?> server = serverContext.getReturnType();
                Method resourceInfo = server.getMethod(RESOURCE_INFO);
                Method completion = server.getMethod(COMPLETION, CompletionCallback.class);
                if (ResourceInfo.class.isAssignableFrom(resourceInfo.getReturnType())) {
                    return new Accessors(type, serverContext, resourceInfo, completion);
                }
            } catch (NoSuchMethodException | RuntimeException changed) {
                // said below
            }
            LOG.log(Level.WARNING, "promcdi does not know this Quarkus REST: " + serverContext.getReturnType().getName()
                    + " has no " + RESOURCE_INFO + "() or " + COMPLETION + "(CompletionCallback); requests that match "
                    + "a resource will be recorded as UNMATCHED. Use the Quarkus version promcdi was tested with.");
            return new Accessors(type, null, null, null);
        }
    }
}
