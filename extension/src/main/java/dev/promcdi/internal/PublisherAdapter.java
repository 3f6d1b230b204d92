package dev.promcdi.internal;

import io.prometheus.metrics.model.snapshots.Labels;

/**
 * Measures the subscriptions of one lazy reactive type, such as Mutiny's {@code Uni} or Reactor's
 * {@code Flux}, and hands back a publisher of that same type.
 */
public interface PublisherAdapter {

    /**
     * Wraps {@code publisher} so that each subscription is measured, from subscribe to its first
     * terminal signal (item of a single-valued type, completion, failure or cancellation), and the
     * measurement ends before the signal goes on downstream.
     *
     * @param publisher what the method returned, an instance of this adapter's type
     * @param subscriptions the probes to run per subscription
     * @param exemplar the caller's trace for the observations, or {@code null}
     * @return a publisher of the same type with the same signals and laziness: nothing is measured
     *     until it is subscribed to, and every subscription is measured on its own
     */
    Object measure(Object publisher, Site subscriptions, Labels exemplar);
}
