package dev.promcdi.completionorder;

import dev.promcdi.Time;
import dev.promcdi.TrackInProgress;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

@ApplicationScoped
public class Courier {

    private CompletableFuture<String> source;

    @Time("courier_seconds")
    @TrackInProgress("courier_in_progress")
    public CompletableFuture<String> deliver() {
        source = new CompletableFuture<>();
        return source;
    }

    /** Hands out a stage that refuses cancellation, as a minimal stage does. */
    @Time("courier_seconds")
    @TrackInProgress("courier_in_progress")
    public CompletionStage<String> deliverMinimal() {
        source = new CompletableFuture<>();
        return source.minimalCompletionStage();
    }

    /** Not annotated: the method's own future of the last call. */
    public CompletableFuture<String> source() {
        return source;
    }
}
