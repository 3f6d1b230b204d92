package dev.promcdi.stages;

import dev.promcdi.Count;
import dev.promcdi.CountExceptions;
import dev.promcdi.Time;
import dev.promcdi.TrackInProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;

/** Methods returning stages the test completes, fails or cancels at will. */
@ApplicationScoped
@Time("ship_seconds")
@Count("ship_calls_total")
@CountExceptions("ship_failures_total")
@TrackInProgress("ship_in_progress")
public class Shipping {

    @Inject
    Dock dock;

    public CompletionStage<String> ship() {
        return dock.hold(new CompletableFuture<>());
    }

    public CompletableFuture<String> shipFuture() {
        return dock.hold(new CompletableFuture<>());
    }

    /** Declared as Object: the returned value decides that it is measured as a stage. */
    public Object shipUntyped() {
        return dock.hold(new CompletableFuture<>());
    }

    /** Declared as Object, and returning a plain value: measured at return. */
    public Object quoteUntyped() {
        return "12.50";
    }

    /** Declared as an interface other than CompletionStage: the value may still be a stage. */
    public Future<String> shipAsFuture() {
        return dock.hold(new CompletableFuture<>());
    }

    /** A return type promcdi cannot substitute: the stage is measured but handed back as is. */
    public TrackedFuture<String> shipTracked() {
        return dock.hold(new TrackedFuture<>());
    }

    /** A stage already over when the method returns, as a cache hit gives. */
    public CompletionStage<String> shipFromStock(boolean fail) {
        return dock.hold(fail ? failed() : CompletableFuture.completedFuture("in stock"));
    }

    private static CompletableFuture<String> failed() {
        return CompletableFuture.failedFuture(new java.io.IOException("out of stock"));
    }

    public CompletionStage<String> shipNothing() {
        return null;
    }

    public CompletionStage<String> shipRefused() {
        throw new IllegalArgumentException("refused before any stage");
    }

    /** A CompletableFuture subtype of the application's own. */
    public static class TrackedFuture<T> extends CompletableFuture<T> {
    }
}
