package dev.promcdi.tck.app;

import jakarta.enterprise.inject.Vetoed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/** Resources with templates, a sub-resource and async methods, for the request metrics (H2-H4). */
@Path("shop")
public class Shop {

    /** A template with a parameter. */
    @GET
    @Path("users/{id}")
    public String user(@PathParam("id") String id) {
        return "user " + id;
    }

    /** A template whose parameter carries a regular expression, which the route leaves out. */
    @GET
    @Path("users/{id: [0-9]+}/orders")
    public String orders(@PathParam("id") String id) {
        return "orders of " + id;
    }

    /** A sub-resource locator: the route composes both templates. */
    @Path("orders/{orderId}")
    public OrderResource order(@PathParam("orderId") String orderId) {
        return new OrderResource(orderId);
    }

    /** Answers with a stage that completes after {@code millis}. */
    @GET
    @Path("stage")
    public CompletionStage<String> stage(@QueryParam("millis") long millis) {
        return CompletableFuture.supplyAsync(() -> "stage after " + millis + " ms", after(millis));
    }

    /** Resumes after {@code millis}. */
    @GET
    @Path("suspended")
    public void suspended(@QueryParam("millis") long millis, @Suspended AsyncResponse response) {
        after(millis).execute(() -> response.resume("resumed after " + millis + " ms"));
    }

    /** Never resumes: the response times out after {@code millis} (503). */
    @GET
    @Path("suspended-timeout")
    public void timeout(@QueryParam("millis") long millis, @Suspended AsyncResponse response) {
        response.setTimeout(millis, TimeUnit.MILLISECONDS);
    }

    /** Answers after {@code millis}, on the request thread. */
    @GET
    @Path("slow")
    public String slow(@QueryParam("millis") long millis) throws InterruptedException {
        Thread.sleep(millis);
        return "slow after " + millis + " ms";
    }

    private static Executor after(long millis) {
        return CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS);
    }

    /** The sub-resource of one order, created by its locator (so not a bean). */
    @Vetoed
    public static class OrderResource {

        private final String orderId;

        OrderResource(String orderId) {
            this.orderId = orderId;
        }

        /** One item of the order. */
        @GET
        @Path("items/{itemId}")
        public String item(@PathParam("itemId") String itemId) {
            return "item " + itemId + " of " + orderId;
        }
    }
}
