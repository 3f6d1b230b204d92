package dev.promcdi.internal.reactive;

import dev.promcdi.internal.Measurement;
import dev.promcdi.internal.PublisherAdapter;
import dev.promcdi.internal.Site;
import io.prometheus.metrics.model.snapshots.Labels;
import org.reactivestreams.Subscription;
import reactor.core.CorePublisher;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxOperator;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoOperator;
import reactor.util.context.Context;

/**
 * Reactor's {@link Mono} and {@link Flux}: each subscription measured until its terminal signal,
 * for a {@code Mono} its item already. The operators keep the subscriber's {@link Context}, and
 * pass through Reactor's assembly hooks like Reactor's own.
 */
final class ReactorPublishers {

    private ReactorPublishers() {
    }

    /** The adapter for {@code Mono}. */
    static final class Monos implements PublisherAdapter {
        @Override
        public Object measure(Object publisher, Site subscriptions, Labels exemplar) {
            return MeasuredMono.of((Mono<?>) publisher, subscriptions, exemplar);
        }
    }

    /** The adapter for {@code Flux}. */
    static final class Fluxes implements PublisherAdapter {
        @Override
        public Object measure(Object publisher, Site subscriptions, Labels exemplar) {
            return MeasuredFlux.of((Flux<?>) publisher, subscriptions, exemplar);
        }
    }

    private static final class MeasuredMono<T> extends MonoOperator<T, T> {

        private final Site site;
        private final Labels exemplar;

        private MeasuredMono(Mono<T> source, Site site, Labels exemplar) {
            super(source);
            this.site = site;
            this.exemplar = exemplar;
        }

        static <T> Mono<T> of(Mono<T> source, Site site, Labels exemplar) {
            return onAssembly(new MeasuredMono<>(source, site, exemplar));
        }

        @Override
        public void subscribe(CoreSubscriber<? super T> actual) {
            new MeasuredSubscriber<T>(actual, site, exemplar, true).subscribeTo(source);
        }
    }

    private static final class MeasuredFlux<T> extends FluxOperator<T, T> {

        private final Site site;
        private final Labels exemplar;

        private MeasuredFlux(Flux<T> source, Site site, Labels exemplar) {
            super(source);
            this.site = site;
            this.exemplar = exemplar;
        }

        static <T> Flux<T> of(Flux<T> source, Site site, Labels exemplar) {
            return onAssembly(new MeasuredFlux<>(source, site, exemplar));
        }

        @Override
        public void subscribe(CoreSubscriber<? super T> actual) {
            new MeasuredSubscriber<T>(actual, site, exemplar, false).subscribeTo(source);
        }
    }

    private static final class MeasuredSubscriber<T> extends Measurement implements CoreSubscriber<T>, Subscription {

        private final CoreSubscriber<? super T> actual;
        private final boolean endsWithItem;
        private Subscription upstream;

        MeasuredSubscriber(CoreSubscriber<? super T> actual, Site site, Labels exemplar, boolean endsWithItem) {
            super(site, exemplar);
            this.actual = actual;
            this.endsWithItem = endsWithItem;
        }

        /** Subscribes to {@code source}; one that throws instead of signalling ends the measurement. */
        void subscribeTo(CorePublisher<? extends T> source) {
            subscribing(() -> source.subscribe(this));
        }

        @Override
        public Context currentContext() {
            return actual.currentContext();
        }

        @Override
        public void onSubscribe(Subscription subscription) {
            upstream = subscription;
            actual.onSubscribe(this);
        }

        @Override
        public void onNext(T item) {
            if (endsWithItem) {
                end(null);
            }
            actual.onNext(item);
        }

        @Override
        public void onError(Throwable failure) {
            end(failure);
            actual.onError(failure);
        }

        @Override
        public void onComplete() {
            end(null);
            actual.onComplete();
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
