/**
 * The lazy reactive types promcdi measures per subscription: the JDK's {@code Flow.Publisher},
 * Reactive Streams' {@code Publisher}, Mutiny's {@code Uni} and {@code Multi}, Reactor's
 * {@code Mono} and {@code Flux}. {@code PublisherTypes} picks the adapter of a declared return
 * type by name, so none of these libraries is needed unless the application returns its types;
 * each adapter is a small operator of that library that ends the measurement on the first
 * terminal signal. Not part of the API.
 */
package dev.promcdi.internal.reactive;
