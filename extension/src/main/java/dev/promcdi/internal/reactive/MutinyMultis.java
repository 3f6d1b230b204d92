package dev.promcdi.internal.reactive;

import dev.promcdi.internal.Measurement;
import dev.promcdi.internal.PublisherAdapter;
import dev.promcdi.internal.Site;
import io.prometheus.metrics.model.snapshots.Labels;
import io.smallrye.mutiny.Context;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.AbstractMultiOperator;
import io.smallrye.mutiny.subscription.ContextSupport;
import io.smallrye.mutiny.subscription.MultiSubscriber;
import java.util.concurrent.Flow;

/** Mutiny's {@link Multi}: each subscription measured until completion, failure or cancellation. */
final class MutinyMultis implements PublisherAdapter {

    @Override
    public Object measure(Object publisher, Site subscriptions, Labels exemplar) {
        return Infrastructure.onMultiCreation(new MeasuredMulti<>((Multi<?>) publisher, subscriptions, exemplar));
    }

    private static final class MeasuredMulti<T> extends AbstractMultiOperator<T, T> {

        private final Site site;
        private final Labels exemplar;

        MeasuredMulti(Multi<T> upstream, Site site, Labels exemplar) {
            super(upstream);
            this.site = site;
            this.exemplar = exemplar;
        }

        @Override
        public void subscribe(MultiSubscriber<? super T> downstream) {
            new MeasuredSubscriber<T>(downstream, site, exemplar).subscribeTo(upstream);
        }
    }

    private static final class MeasuredSubscriber<T> extends Measurement
            implements MultiSubscriber<T>, Flow.Subscription, ContextSupport {

        private final MultiSubscriber<? super T> downstream;
        private Flow.Subscription upstream;

        MeasuredSubscriber(MultiSubscriber<? super T> downstream, Site site, Labels exemplar) {
            super(site, exemplar);
            this.downstream = downstream;
        }

        /** Subscribes to {@code source}; one that throws instead of signalling ends the measurement. */
        void subscribeTo(Multi<? extends T> source) {
            subscribing(() -> source.subscribe().withSubscriber(this));
        }

        @Override
        public Context context() {
            return downstream instanceof ContextSupport withContext ? withContext.context() : Context.empty();
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            upstream = subscription;
            downstream.onSubscribe(this);
        }

        @Override
        public void onItem(T item) {
            downstream.onItem(item);
        }

        @Override
        public void onFailure(Throwable failure) {
            end(failure);
            downstream.onFailure(failure);
        }

        @Override
        public void onCompletion() {
            end(null);
            downstream.onCompletion();
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
