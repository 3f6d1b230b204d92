package dev.promcdi.internal.reactive;

import dev.promcdi.internal.Measurement;
import dev.promcdi.internal.PublisherAdapter;
import dev.promcdi.internal.Site;
import io.prometheus.metrics.model.snapshots.Labels;
import java.util.Objects;
import java.util.concurrent.Flow;

/** The JDK's {@link Flow.Publisher}: each subscription measured until completion, failure or cancel. */
public final class FlowPublishers implements PublisherAdapter {

    private static final String NO_SUBSCRIBER = "The subscriber is null; Reactive Streams rule 1.9 requires one.";

    @Override
    public Object measure(Object publisher, Site subscriptions, Labels exemplar) {
        return measured((Flow.Publisher<?>) publisher, subscriptions, exemplar);
    }

    /**
     * A publisher that passes on the signals of {@code source}, each subscription measured.
     *
     * @param <T> the item type
     * @param source the publisher to measure
     * @param subscriptions the probes to run per subscription
     * @param exemplar the caller's trace for the observations, or {@code null}
     * @return the measured publisher
     */
    public static <T> Flow.Publisher<T> measured(Flow.Publisher<T> source, Site subscriptions, Labels exemplar) {
        return downstream -> new MeasuredSubscriber<T>(Objects.requireNonNull(downstream, NO_SUBSCRIBER), subscriptions,
                exemplar).subscribeTo(source);
    }

    private static final class MeasuredSubscriber<T> extends Measurement
            implements Flow.Subscriber<T>, Flow.Subscription {

        private final Flow.Subscriber<? super T> downstream;
        private Flow.Subscription upstream;

        MeasuredSubscriber(Flow.Subscriber<? super T> downstream, Site site, Labels exemplar) {
            super(site, exemplar);
            this.downstream = downstream;
        }

        /** Subscribes to {@code source}; one that throws instead of signalling ends the measurement. */
        void subscribeTo(Flow.Publisher<? extends T> source) {
            subscribing(() -> source.subscribe(this));
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            upstream = subscription;
            downstream.onSubscribe(this);
        }

        @Override
        public void onNext(T item) {
            downstream.onNext(item);
        }

        @Override
        public void onError(Throwable failure) {
            end(failure);
            downstream.onError(failure);
        }

        @Override
        public void onComplete() {
            end(null);
            downstream.onComplete();
        }

        @Override
        public void request(long n) {
            upstream.request(n);
        }

        @Override
        public void cancel() {
            end(null);
            upstream.cancel();
        }
    }
}
