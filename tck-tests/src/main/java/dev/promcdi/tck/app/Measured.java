package dev.promcdi.tck.app;

import dev.promcdi.CountExceptions;
import dev.promcdi.Count;
import dev.promcdi.Time;
import dev.promcdi.TrackInProgress;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A bean with every binding, on sync methods and on methods that return stages or a Uni. */
@ApplicationScoped
public class Measured {

    /** Returns, or throws {@code failure} when it is not null. */
    @Time(value = "tck_sync_seconds", help = "Time of a synchronous call.")
    @TrackInProgress(value = "tck_sync_inprogress", help = "Synchronous calls running.")
    @CountExceptions(value = "tck_sync_failures_total", help = "IOExceptions thrown by a synchronous call.",
            exceptions = IOException.class)
    @Count(value = "tck_sync_calls_total", help = "Synchronous calls.")
    public String sync(Exception failure) throws Exception {
        if (failure != null) {
            throw failure;
        }
        return "returned";
    }

    /** Returns {@code own} as a stage: the measurement lasts until it completes. */
    @Time(value = "tck_stage_seconds", help = "Time until a stage completed.")
    @TrackInProgress(value = "tck_stage_inprogress", help = "Stages not yet completed.")
    @CountExceptions(value = "tck_stage_failures_total", help = "Stages that failed with an IOException.",
            exceptions = IOException.class)
    @Count(value = "tck_stage_calls_total", help = "Calls returning a stage.")
    public CompletionStage<String> stage(CompletableFuture<String> own) {
        return own;
    }

    /** Returns {@code own} itself, declared as a {@code CompletableFuture}. */
    @Time(value = "tck_future_seconds", help = "Time until a future completed.")
    public CompletableFuture<String> future(CompletableFuture<String> own) {
        return own;
    }

    /** Returns a Uni of {@code own}: measured per subscription, until {@code own} completes. */
    @Time(value = "tck_uni_seconds", help = "Time from subscription to the end of a Uni.")
    @TrackInProgress(value = "tck_uni_inprogress", help = "Subscriptions to a Uni not yet ended.")
    @CountExceptions(value = "tck_uni_failures_total", help = "Unis that failed with an IOException.",
            exceptions = IOException.class)
    @Count(value = "tck_uni_calls_total", help = "Calls returning a Uni.")
    public Uni<String> uni(CompletableFuture<String> own) {
        return Uni.createFrom().completionStage(own);
    }

    /** Declares a stage and returns null. */
    @Time(value = "tck_null_stage_seconds", help = "Time of a method whose stage was null.")
    public CompletionStage<String> nullStage() {
        return null;
    }

    /** Timed with constant labels, so its series exists before the first call. */
    @Time(value = "tck_labelled_seconds", help = "Time of a call with constant labels.", labels = {"tier=gold"})
    public void labelled() {
    }
}
