package dev.promcdi.example;

import dev.promcdi.Time;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** The fulfilment backend, which knows where each order is. */
@ApplicationScoped
public class Fulfilment {

    /** Creates the bean; the CDI container does. */
    public Fulfilment() {
    }

    /**
     * The status of an order, answered after a short delay like a remote call.
     *
     * @param orderId the order's id
     * @return a stage completing with the order's status
     */
    @Time(value = "shop_backend_call_seconds", labels = "backend=fulfilment")
    public CompletionStage<String> status(String orderId) {
        return CompletableFuture.supplyAsync(() -> "Order " + orderId + " is on its way.",
                CompletableFuture.delayedExecutor(30, TimeUnit.MILLISECONDS));
    }
}
