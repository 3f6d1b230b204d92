package dev.promcdi.tck.app;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Drives the measured bean for the interceptor contract (C1-C6, C8, C9) and says what its caller saw;
 * the metrics themselves are read from {@code /api/metrics}.
 */
@Path("contract")
public class InterceptorProbes {

    @Inject
    Measured measured;

    @Inject
    PendingCalls pending;

    /** Calls the sync method; {@code failure} is none, io or state. */
    @GET
    @Path("sync")
    public String sync(@QueryParam("failure") String failure) {
        Exception thrown = switch (failure == null ? "none" : failure) {
            case "io" -> new IOException("tck");
            case "state" -> new IllegalStateException("tck");
            default -> null;
        };
        try {
            return measured.sync(thrown);
        } catch (Exception caught) {
            return caught == thrown ? "threw " + caught.getClass().getName() : "threw another " + caught;
        }
    }

    /** Calls a stage-returning method ({@code declared} stage or future) and keeps the call pending. */
    @POST
    @Path("stages/{id}")
    public String start(@PathParam("id") String id, @QueryParam("declared") String declared) {
        CompletableFuture<String> own = new CompletableFuture<>();
        CompletionStage<String> returned = "future".equals(declared) ? measured.future(own) : measured.stage(own);
        pending.put(id, new PendingCalls.Call(own, returned));
        return returned.toCompletableFuture().isDone() ? "done at return" : "pending";
    }

    /** Calls the Uni-returning method and subscribes to the Uni; ended like a stage by {@link #end}. */
    @POST
    @Path("unis/{id}")
    public String subscribe(@PathParam("id") String id) {
        CompletableFuture<String> own = new CompletableFuture<>();
        pending.put(id, new PendingCalls.Call(own, measured.uni(own).subscribeAsCompletionStage()));
        return "pending";
    }

    /** C9: calls the Uni-returning method and never subscribes. */
    @GET
    @Path("uni-unsubscribed")
    public String assemble() {
        measured.uni(new CompletableFuture<>());
        return "assembled";
    }

    /**
     * Ends a pending call: complete, fail-io, fail-wrapped-io, fail-execution-io, fail-state,
     * cancel-own, or cancel-returned; answers what the caller saw and whether the method's own
     * future was cancelled.
     */
    @POST
    @Path("stages/{id}/{outcome}")
    public String end(@PathParam("id") String id, @PathParam("outcome") String outcome) throws Exception {
        PendingCalls.Call call = pending.take(id);
        switch (outcome) {
            case "complete" -> call.own().complete("value");
            case "fail-io" -> call.own().completeExceptionally(new IOException("tck"));
            case "fail-wrapped-io" -> call.own().completeExceptionally(new CompletionException(new IOException("tck")));
            case "fail-execution-io" -> call.own().completeExceptionally(new ExecutionException(new IOException("tck")));
            case "fail-state" -> call.own().completeExceptionally(new IllegalStateException("tck"));
            case "cancel-own" -> call.own().cancel(true);
            case "cancel-returned" -> call.returned().toCompletableFuture().cancel(true);
            default -> throw new IllegalArgumentException("Unknown outcome '" + outcome + "'.");
        }
        return seen(call.returned()) + "; own cancelled: " + call.own().isCancelled();
    }

    /** C3: the count the caller reads when the returned stage completes, minus the count before the call. */
    @GET
    @Path("observed-at-completion")
    public String observedAtCompletion() {
        long before = Readings.histogramCount("tck_stage_seconds");
        CompletableFuture<String> own = new CompletableFuture<>();
        CompletionStage<Long> seen = measured.stage(own)
                .thenApply(value -> Readings.histogramCount("tck_stage_seconds") - before);
        CompletableFuture.runAsync(() -> own.complete("value"));
        return String.valueOf(seen.toCompletableFuture().join());
    }

    /** C6: calls the method whose declared stage is null. */
    @GET
    @Path("null-stage")
    public String nullStage() {
        return String.valueOf(measured.nullStage());
    }

    /** C8: calls the method timed with constant labels. */
    @GET
    @Path("labelled")
    public String labelled() {
        measured.labelled();
        return "called";
    }

    private static String seen(CompletionStage<String> returned) throws InterruptedException {
        try {
            return "completed " + returned.toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (CancellationException cancelled) {
            return "cancelled";
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            return "failed " + cause.getClass().getName()
                    + (cause.getCause() == null ? "" : " caused by " + cause.getCause().getClass().getName());
        } catch (java.util.concurrent.TimeoutException stillPending) {
            return "still pending";
        }
    }
}
