package dev.promcdi.reactive;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.function.Supplier;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * What one subscriber saw, in order, each signal with what the metrics said when it arrived: the
 * measurement must be over before the terminal signal reaches the subscriber.
 */
final class Signals {

    final List<String> seen = new CopyOnWriteArrayList<>();
    private final Supplier<String> metricsNow;
    private volatile Flow.Subscription flowSubscription;
    private volatile Subscription streamsSubscription;

    /** @param metricsNow describes the measured method's metrics as they are when a signal arrives */
    Signals(Supplier<String> metricsNow) {
        this.metricsNow = metricsNow;
    }

    void item(Object item) {
        seen.add("item " + item + " " + metricsNow.get());
    }

    void failure(Throwable failure) {
        seen.add("failure " + failure.getMessage() + " " + metricsNow.get());
    }

    void completion() {
        seen.add("completion " + metricsNow.get());
    }

    boolean subscribed() {
        return flowSubscription != null || streamsSubscription != null;
    }

    /** A JDK subscriber that requests everything. */
    final class FlowSubscriber implements Flow.Subscriber<Object> {
        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            flowSubscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(Object item) {
            item(item);
        }

        @Override
        public void onError(Throwable failure) {
            failure(failure);
        }

        @Override
        public void onComplete() {
            completion();
        }

        void cancel() {
            flowSubscription.cancel();
        }
    }

    /** A Reactive Streams subscriber that requests everything. */
    final class StreamsSubscriber implements Subscriber<Object> {
        @Override
        public void onSubscribe(Subscription subscription) {
            streamsSubscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(Object item) {
            item(item);
        }

        @Override
        public void onError(Throwable failure) {
            failure(failure);
        }

        @Override
        public void onComplete() {
            completion();
        }

        void cancel() {
            streamsSubscription.cancel();
        }
    }
}
