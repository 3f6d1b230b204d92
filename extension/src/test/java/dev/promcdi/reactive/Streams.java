package dev.promcdi.reactive;

import dev.promcdi.Count;
import dev.promcdi.CountExceptions;
import dev.promcdi.Time;
import dev.promcdi.TrackInProgress;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.atomic.AtomicBoolean;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One method per lazy type promcdi measures, each with all four bindings under the type's name,
 * and each source held at the {@link Valve} until the test ends it.
 */
@ApplicationScoped
public class Streams {

    @Inject
    Valve valve;

    @Time("uni_seconds")
    @CountExceptions("uni_failures_total")
    @TrackInProgress("uni_in_progress")
    @Count("uni_calls_total")
    public Uni<String> uni() {
        return Uni.createFrom().emitter(emitter -> {
            AtomicBoolean ended = new AtomicBoolean(); // only a cancellation ends it before the test does
            emitter.onTermination(() -> ended.set(true));
            valve.add(new Valve.Outlet(emitter::complete, emitter::fail, ended::get));
        });
    }

    @Time("multi_seconds")
    @CountExceptions("multi_failures_total")
    @TrackInProgress("multi_in_progress")
    @Count("multi_calls_total")
    public Multi<String> multi() {
        return Multi.createFrom().emitter(emitter -> valve.add(new Valve.Outlet(item -> {
            emitter.emit(item);
            emitter.complete();
        }, emitter::fail, emitter::isCancelled)));
    }

    @Time("mono_seconds")
    @CountExceptions("mono_failures_total")
    @TrackInProgress("mono_in_progress")
    @Count("mono_calls_total")
    public Mono<String> mono() {
        return Mono.create(sink -> {
            AtomicBoolean cancelled = new AtomicBoolean();
            sink.onCancel(() -> cancelled.set(true));
            valve.add(new Valve.Outlet(sink::success, sink::error, cancelled::get));
        });
    }

    @Time("flux_seconds")
    @CountExceptions("flux_failures_total")
    @TrackInProgress("flux_in_progress")
    @Count("flux_calls_total")
    public Flux<String> flux() {
        return Flux.create(sink -> valve.add(new Valve.Outlet(item -> {
            sink.next(item);
            sink.complete();
        }, sink::error, sink::isCancelled)));
    }

    /** The JDK's own publisher, one per subscription, delivering on another thread. */
    @Time("flow_seconds")
    @CountExceptions("flow_failures_total")
    @TrackInProgress("flow_in_progress")
    @Count("flow_calls_total")
    public Flow.Publisher<String> flow() {
        return subscriber -> {
            SubmissionPublisher<String> publisher = new SubmissionPublisher<>(valve.executor(), 4);
            publisher.subscribe(subscriber);
            valve.add(new Valve.Outlet(item -> {
                publisher.submit(item);
                publisher.close();
            }, publisher::closeExceptionally, () -> !publisher.isSubscribed(subscriber)));
        };
    }

    /** A Reactor Flux declared as the Reactive Streams interface, measured through it. */
    @Time("streams_seconds")
    @CountExceptions("streams_failures_total")
    @TrackInProgress("streams_in_progress")
    @Count("streams_calls_total")
    public org.reactivestreams.Publisher<String> reactiveStreams() {
        return flux();
    }

    /** A Mono that reads what the subscriber put in Reactor's context. */
    @Time("contextual_seconds")
    public Mono<String> contextual() {
        return Mono.deferContextual(context -> Mono.just(context.get("user")));
    }

    /** A Uni that reads what the subscriber put in Mutiny's context. */
    @Time("mutiny_contextual_seconds")
    public Uni<String> mutinyContextual() {
        return Uni.createFrom().context(context -> Uni.createFrom().item(context.<String>get("user")));
    }

    /** A Multi that reads what the subscriber put in Mutiny's context. */
    @Time("multi_contextual_seconds")
    public Multi<String> multiContextual() {
        return Multi.createFrom().context(context -> Multi.createFrom().item(context.<String>get("user")));
    }

    /** A source that throws at its subscriber instead of signalling. */
    private static final Flow.Publisher<String> REFUSING = subscriber -> {
        throw new IllegalStateException("no subscribers taken");
    };

    @Time("uni_refusing_seconds")
    @CountExceptions("uni_refusing_failures_total")
    @TrackInProgress("uni_refusing_in_progress")
    public Uni<String> uniRefusing() {
        return Uni.createFrom().publisher(REFUSING);
    }

    @Time("multi_refusing_seconds")
    @CountExceptions("multi_refusing_failures_total")
    @TrackInProgress("multi_refusing_in_progress")
    public Multi<String> multiRefusing() {
        return Multi.createFrom().publisher(REFUSING);
    }

    @Time("mono_refusing_seconds")
    @CountExceptions("mono_refusing_failures_total")
    @TrackInProgress("mono_refusing_in_progress")
    public Mono<String> monoRefusing() {
        return Mono.fromDirect(subscriber -> REFUSING.subscribe(null));
    }

    @Time("flux_refusing_seconds")
    @CountExceptions("flux_refusing_failures_total")
    @TrackInProgress("flux_refusing_in_progress")
    public Flux<String> fluxRefusing() {
        return Flux.from(subscriber -> REFUSING.subscribe(null));
    }

    @Time("flow_refusing_seconds")
    @CountExceptions("flow_refusing_failures_total")
    @TrackInProgress("flow_refusing_in_progress")
    public Flow.Publisher<String> flowRefusing() {
        return REFUSING;
    }

    @Time("streams_refusing_seconds")
    @CountExceptions("streams_refusing_failures_total")
    @TrackInProgress("streams_refusing_in_progress")
    public org.reactivestreams.Publisher<String> reactiveStreamsRefusing() {
        return subscriber -> REFUSING.subscribe(null);
    }

    /** A Uni with its item at hand: over as soon as it is subscribed to. */
    @Time("greeting_seconds")
    public Uni<String> greeting() {
        return Uni.createFrom().item("hello");
    }

    /** A publisher that breaks the rules: it completes twice, then fails. */
    @Time("unruly_seconds")
    @CountExceptions("unruly_failures_total")
    @TrackInProgress("unruly_in_progress")
    public Flow.Publisher<String> unruly() {
        return subscriber -> {
            subscriber.onSubscribe(new Flow.Subscription() {
                @Override
                public void request(long n) {
                }

                @Override
                public void cancel() {
                }
            });
            subscriber.onComplete();
            subscriber.onComplete();
            subscriber.onError(new IllegalStateException("after completion"));
        };
    }

    @Time("refused_seconds")
    @CountExceptions("refused_failures_total")
    @TrackInProgress("refused_in_progress")
    @Count("refused_calls_total")
    public Uni<String> refused() {
        throw new IllegalStateException("refused before any publisher");
    }

    @Time("nothing_seconds")
    @TrackInProgress("nothing_in_progress")
    public Mono<String> nothing() {
        return null;
    }
}
