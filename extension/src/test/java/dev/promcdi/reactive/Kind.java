package dev.promcdi.reactive;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.concurrent.Flow;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Each lazy type, how to get one from {@link Streams}, and how its own users subscribe to it. */
enum Kind {
    UNI("uni", true, Streams::uni, Streams::uniRefusing) {
        @Override
        Runnable subscribe(Object publisher, Signals signals) {
            return ((Uni<?>) publisher).subscribe().with(signals::item, signals::failure)::cancel;
        }
    },
    MULTI("multi", false, Streams::multi, Streams::multiRefusing) {
        @Override
        Runnable subscribe(Object publisher, Signals signals) {
            return ((Multi<?>) publisher).subscribe().with(signals::item, signals::failure, signals::completion)::cancel;
        }
    },
    MONO("mono", true, Streams::mono, Streams::monoRefusing) {
        @Override
        Runnable subscribe(Object publisher, Signals signals) {
            return ((Mono<?>) publisher).subscribe(signals::item, signals::failure, signals::completion)::dispose;
        }
    },
    FLUX("flux", false, Streams::flux, Streams::fluxRefusing) {
        @Override
        Runnable subscribe(Object publisher, Signals signals) {
            return ((Flux<?>) publisher).subscribe(signals::item, signals::failure, signals::completion)::dispose;
        }
    },
    FLOW("flow", false, Streams::flow, Streams::flowRefusing) {
        @Override
        Runnable subscribe(Object publisher, Signals signals) {
            Signals.FlowSubscriber subscriber = signals.new FlowSubscriber();
            ((Flow.Publisher<?>) publisher).subscribe(subscriber);
            return subscriber::cancel;
        }
    },
    REACTIVE_STREAMS("streams", false, Streams::reactiveStreams, Streams::reactiveStreamsRefusing) {
        @Override
        Runnable subscribe(Object publisher, Signals signals) {
            Signals.StreamsSubscriber subscriber = signals.new StreamsSubscriber();
            ((org.reactivestreams.Publisher<?>) publisher).subscribe(subscriber);
            return subscriber::cancel;
        }
    };

    /** The prefix of the method's metric names. */
    final String metric;
    /** Whether the type has at most one item, which ends the measurement (a completion may follow). */
    final boolean single;
    private final Function<Streams, Object> call;
    private final Function<Streams, Object> refusing;

    Kind(String metric, boolean single, Function<Streams, Object> call, Function<Streams, Object> refusing) {
        this.metric = metric;
        this.single = single;
        this.call = call;
        this.refusing = refusing;
    }

    /** Calls the method: assembles a publisher, subscribes to nothing. */
    Object call(Streams streams) {
        return call.apply(streams);
    }

    /** Calls the method whose publisher's source throws at every subscriber, under {@code <metric>_refusing}. */
    Object callRefusing(Streams streams) {
        return refusing.apply(streams);
    }

    /** Subscribes as the library's users do, requesting everything; returns the way to cancel. */
    abstract Runnable subscribe(Object publisher, Signals signals);
}
