package dev.promcdi.internal;

import java.util.Collections;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.Future;
import java.util.logging.Logger;

/**
 * The warning, once per method, that a {@link Future} which is not a {@code CompletionStage} was
 * still running when its method returned: promcdi cannot tell when such a future ends without
 * blocking, so that call was measured at return. Methods declaring {@code Future} may return
 * stages, or futures that are over at return (an EJB's {@code AsyncResult}), so this is found
 * per value rather than refused at deployment like other future types.
 */
final class RunningFutureWarning {

    private static final Logger LOG = Logger.getLogger("dev.promcdi");
    private static final Set<Site> WARNED = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private RunningFutureWarning() {
    }

    static void once(Site site, Method method, Future<?> running) {
        if (WARNED.add(site)) {
            LOG.warning(() -> "promcdi measured a call of " + method.getDeclaringClass().getName() + "."
                    + method.getName() + " at its return although the " + running.getClass().getName()
                    + " it returned was still running; it cannot tell when such a Future ends without blocking. "
                    + "Return a CompletionStage (such as CompletableFuture) to have the call measured until it ends.");
        }
    }
}
