package dev.promcdi.internal.reactive;

import dev.promcdi.internal.PublisherAdapter;
import dev.promcdi.internal.Site;
import io.prometheus.metrics.model.snapshots.Labels;
import org.reactivestreams.FlowAdapters;
import org.reactivestreams.Publisher;

/**
 * Reactive Streams' {@link Publisher}, which RxJava, Akka Streams and others implement: measured
 * as a {@code Flow.Publisher} through the bridges Reactive Streams itself provides, since the two
 * interfaces are the same protocol.
 */
final class ReactiveStreamsPublishers implements PublisherAdapter {

    @Override
    public Object measure(Object publisher, Site subscriptions, Labels exemplar) {
        return FlowAdapters.toPublisher(
                FlowPublishers.measured(FlowAdapters.toFlowPublisher((Publisher<?>) publisher), subscriptions, exemplar));
    }
}
