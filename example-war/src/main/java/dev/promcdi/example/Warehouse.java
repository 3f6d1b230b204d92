package dev.promcdi.example;

import dev.promcdi.Time;
import dev.promcdi.TrackInProgress;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** The warehouse backend, which knows how many of each product are in stock. */
@ApplicationScoped
public class Warehouse {

    /** Creates the bean; the CDI container does. */
    public Warehouse() {
    }

    /**
     * The number of items of a product in stock, answered after a short delay like a remote call.
     *
     * @param product the product
     * @return a stage completing with the number in stock
     */
    @Time(value = "shop_backend_call_seconds", labels = "backend=warehouse")
    @TrackInProgress(value = "shop_stock_checks_in_progress", help = "Stock checks waiting for the warehouse.")
    public CompletionStage<Integer> stock(Product product) {
        return CompletableFuture.supplyAsync(() -> product.name().length() * 3,
                CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS));
    }
}
