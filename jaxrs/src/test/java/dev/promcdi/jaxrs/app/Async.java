package dev.promcdi.jaxrs.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

@Path("async")
public class Async {

    private static Executor after(long millis) {
        return CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS);
    }

    @GET
    @Path("stage")
    public CompletionStage<String> stage(@QueryParam("ms") long millis) {
        return CompletableFuture.supplyAsync(() -> "done", after(millis));
    }

    @GET
    @Path("stage-fails")
    public CompletionStage<String> stageFails() {
        return CompletableFuture.supplyAsync(() -> {
            throw new IllegalStateException("async bug");
        }, after(10));
    }

    @GET
    @Path("suspended")
    public void suspended(@QueryParam("ms") long millis, @Suspended AsyncResponse response) {
        after(millis).execute(() -> response.resume("resumed"));
    }

    @GET
    @Path("times-out")
    public void timesOut(@Suspended AsyncResponse response) {
        response.setTimeout(50, TimeUnit.MILLISECONDS);
    }
}
