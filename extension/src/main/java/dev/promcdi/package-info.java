/**
 * The API of the core: the four interceptor bindings, {@link dev.promcdi.Time},
 * {@link dev.promcdi.CountExceptions}, {@link dev.promcdi.TrackInProgress} and
 * {@link dev.promcdi.Count} (contract C1-C8: each call measured once, a {@code CompletionStage}
 * until it completes), and {@link dev.promcdi.Async}, the same measurements for a stage in hand.
 * The engine lives in {@code dev.promcdi.internal}, the CDI integration in
 * {@code dev.promcdi.internal.cdi}.
 */
package dev.promcdi;
