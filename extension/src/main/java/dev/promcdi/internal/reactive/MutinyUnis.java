package dev.promcdi.internal.reactive;

import dev.promcdi.internal.Measurement;
import dev.promcdi.internal.PublisherAdapter;
import dev.promcdi.internal.Site;
import io.prometheus.metrics.model.snapshots.Labels;
import io.smallrye.mutiny.Context;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.AbstractUni;
import io.smallrye.mutiny.subscription.UniSubscriber;
import io.smallrye.mutiny.subscription.UniSubscription;

/** Mutiny's {@link Uni}: each subscription measured until its item, failure or cancellation. */
final class MutinyUnis implements PublisherAdapter {

    @Override
    public Object measure(Object publisher, Site subscriptions, Labels exemplar) {
        return Infrastructure.onUniCreation(new MeasuredUni<>((Uni<?>) publisher, subscriptions, exemplar));
    }

    private static final class MeasuredUni<T> extends AbstractUni<T> {

        private final Uni<T> upstream;
        private final Site site;
        private final Labels exemplar;

        MeasuredUni(Uni<T> upstream, Site site, Labels exemplar) {
            this.upstream = upstream;
            this.site = site;
            this.exemplar = exemplar;
        }

        @Override
        public void subscribe(UniSubscriber<? super T> downstream) {
            new MeasuredSubscriber<T>(downstream, site, exemplar).subscribeTo(upstream);
        }
    }

    private static final class MeasuredSubscriber<T> extends Measurement
            implements UniSubscriber<T>, UniSubscription {

        private final UniSubscriber<? super T> downstream;
        private UniSubscription upstream;

        MeasuredSubscriber(UniSubscriber<? super T> downstream, Site site, Labels exemplar) {
            super(site, exemplar);
            this.downstream = downstream;
        }

        /** Subscribes to {@code source}; one that throws instead of signalling ends the measurement. */
        void subscribeTo(Uni<? extends T> source) {
            subscribing(() -> AbstractUni.subscribe(source, this));
        }

        @Override
        public Context context() {
            return downstream.context();
        }

        @Override
        public void onSubscribe(UniSubscription subscription) {
            upstream = subscription;
            downstream.onSubscribe(this);
        }

        @Override
        public void onItem(T item) {
            end(null);
            downstream.onItem(item);
        }

        @Override
        public void onFailure(Throwable failure) {
            end(failure);
            downstream.onFailure(failure);
        }

        @Override
        public void cancel() {
            end(null);
            upstream.cancel();
        }
    }
}
