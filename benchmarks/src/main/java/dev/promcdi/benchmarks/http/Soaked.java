package dev.promcdi.benchmarks.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** The soak's resources: every ending a request can have, synchronous and asynchronous. */
@Path("soak")
public class Soaked {

    @GET
    @Path("ok/{id}")
    public String ok(@PathParam("id") String id) {
        return id;
    }

    @GET
    @Path("fail")
    public String fail() {
        throw new IllegalStateException("a bug");
    }

    @GET
    @Path("async")
    public CompletionStage<String> async(@QueryParam("ms") long millis) {
        return CompletableFuture.supplyAsync(() -> "later",
                CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS));
    }

    @GET
    @Path("async-fail")
    public CompletionStage<String> asyncFail() {
        return CompletableFuture.supplyAsync(() -> {
            throw new IllegalStateException("an async bug");
        }, CompletableFuture.delayedExecutor(2, TimeUnit.MILLISECONDS));
    }

    @GET
    @Path("times-out")
    public void timesOut(@Suspended AsyncResponse response) {
        response.setTimeout(20, TimeUnit.MILLISECONDS);
    }
}
