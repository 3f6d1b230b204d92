package dev.promcdi.stages;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;

/** Holds the future a measured method created, so a test can complete the method's own future. */
@ApplicationScoped
public class Dock {

    private CompletableFuture<String> pending;

    <F extends CompletableFuture<String>> F hold(F future) {
        pending = future;
        return future;
    }

    /** The future the last call created: the method's own, not the one the caller got. */
    public CompletableFuture<String> pending() {
        return pending;
    }
}
