package dev.promcdi.testing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * What a server's tracing instrumentation does, reduced to the part promcdi relies on: the span
 * of the request's {@code traceparent} header is current on the request thread when promcdi's
 * request filter runs (priority 1), and only then, so an exemplar can come only from what
 * promcdi captured at arrival. Register both filters with the application under test.
 */
public final class TraceContext {

    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();
    private static final TextMapGetter<ContainerRequestContext> HEADERS = new TextMapGetter<>() {
        @Override
        public String get(ContainerRequestContext request, String key) {
            return request.getHeaderString(key);
        }
    };

    private TraceContext() {
    }

    /** Makes the header's span current, before promcdi's filter. */
    @PreMatching
    @Priority(0)
    public static final class Enter implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            Context extracted = W3CTraceContextPropagator.getInstance().extract(Context.root(), request, HEADERS);
            CURRENT.set(Span.fromContext(extracted).storeInContext(Context.root()).makeCurrent());
        }
    }

    /** Ends it right after promcdi's filter, on the same thread. */
    @PreMatching
    @Priority(2)
    public static final class Leave implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            Scope scope = CURRENT.get();
            CURRENT.remove();
            if (scope != null) {
                scope.close();
            }
        }
    }
}
