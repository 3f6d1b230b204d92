/**
 * The measuring engine behind the annotations and {@code dev.promcdi.Async}: a {@code Site} runs
 * a call's probes (one per binding: time, exceptions, in progress, count) around the call, and
 * for a {@code CompletionStage} until it completes ({@code MeasuredFuture}). Knows nothing of CDI
 * deployment; not part of the API.
 */
package dev.promcdi.internal;
