package dev.promcdi.internal.reactive;

import dev.promcdi.internal.PublisherAdapter;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.Future;

/**
 * What promcdi makes of a method's declared return type beyond results that are over at return
 * and {@code CompletionStage}s: the adapter of a lazy publisher type, or the reason a type cannot
 * be measured until its work ends. Types are recognised by name, so a reactive library the
 * application does not use is never loaded.
 */
public final class PublisherTypes {

    private static final String FLOW = Flow.Publisher.class.getName();
    private static final String REACTIVE_STREAMS = "org.reactivestreams.Publisher";
    private static final String UNI = "io.smallrye.mutiny.Uni";
    private static final String MULTI = "io.smallrye.mutiny.Multi";
    private static final String MONO = "reactor.core.publisher.Mono";
    private static final String FLUX = "reactor.core.publisher.Flux";
    private static final Set<String> MEASURED = Set.of(FLOW, REACTIVE_STREAMS, UNI, MULTI, MONO, FLUX);

    /** Lazy or asynchronous types of libraries promcdi has no adapter for. */
    private static final Set<String> UNKNOWN_LAZY = Set.of(
            "io.reactivex.rxjava3.core.Single", "io.reactivex.rxjava3.core.Maybe",
            "io.reactivex.rxjava3.core.Completable", "io.reactivex.rxjava3.core.Observable",
            "io.reactivex.Single", "io.reactivex.Maybe", "io.reactivex.Completable", "io.reactivex.Observable",
            "io.vertx.core.Future", "kotlinx.coroutines.Deferred", "kotlinx.coroutines.flow.Flow");

    private PublisherTypes() {
    }

    /**
     * The adapter that measures the subscriptions of {@code type}.
     *
     * @param type a method's declared return type, which {@link #unmeasurable} accepted
     * @return the adapter, or {@code null} when {@code type} is not a publisher type promcdi knows
     */
    public static PublisherAdapter adapterFor(Class<?> type) {
        return switch (type.getName()) { // each branch loads its library's classes only when taken
            case "java.util.concurrent.Flow$Publisher" -> new FlowPublishers();
            case REACTIVE_STREAMS -> new ReactiveStreamsPublishers();
            case UNI -> new MutinyUnis();
            case MULTI -> new MutinyMultis();
            case MONO -> new ReactorPublishers.Monos();
            case FLUX -> new ReactorPublishers.Fluxes();
            default -> null;
        };
    }

    /**
     * Why a method declaring {@code type} cannot be measured until its work ends.
     *
     * @param type a method's declared return type
     * @return the reason, a sentence that ends with the way out, or {@code null} when it can be
     */
    public static String unmeasurable(Class<?> type) {
        String name = type.getName();
        if (MEASURED.contains(name)) {
            return visible(type) ? null
                    : "promcdi's class loader does not see the " + name + " the application uses, so it cannot "
                            + "measure it; deploy promcdi-extension beside that library (in the same WAR or module).";
        }
        if (CompletionStage.class.isAssignableFrom(type)) {
            return null;
        }
        for (String supertype : supertypes(type)) {
            if (MEASURED.contains(supertype)) {
                return "promcdi measures a publisher by returning a measured one of the declared type, and cannot "
                        + "make a " + name + "; declare " + supertype.replace('$', '.') + " as the return type.";
            }
            if (supertype.equals(Future.class.getName()) && type != Future.class) {
                // A declared Future may hold a CompletableFuture, or a Future that is over at return,
                // as an EJB's AsyncResult: Site decides per value, and warns when it cannot measure one.
                return "promcdi cannot tell when a " + name + " completes without blocking, so it would measure "
                        + "only the call; return a CompletionStage (such as CompletableFuture) instead.";
            }
            if (UNKNOWN_LAZY.contains(supertype)) {
                return "promcdi cannot tell when a " + name + " ends, so it would measure only the call; convert "
                        + "it to a type promcdi measures until it ends (CompletionStage, Flow.Publisher, "
                        + "org.reactivestreams.Publisher, Uni, Multi, Mono or Flux) before returning it.";
            }
        }
        return null;
    }

    /** Whether promcdi's class loader resolves the name of {@code type} to that very class. */
    private static boolean visible(Class<?> type) {
        try {
            return Class.forName(type.getName(), false, PublisherTypes.class.getClassLoader()) == type;
        } catch (ClassNotFoundException | LinkageError notThere) {
            return false;
        }
    }

    /** The names of {@code type}, its superclasses and every interface it implements. */
    private static Set<String> supertypes(Class<?> type) {
        Set<String> names = new LinkedHashSet<>();
        ArrayDeque<Class<?>> pending = new ArrayDeque<>();
        pending.add(type);
        while (!pending.isEmpty()) {
            Class<?> next = pending.poll();
            if (names.add(next.getName())) {
                if (next.getSuperclass() != null) {
                    pending.add(next.getSuperclass());
                }
                pending.addAll(List.of(next.getInterfaces()));
            }
        }
        return names;
    }
}
