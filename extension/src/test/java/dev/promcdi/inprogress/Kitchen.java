package dev.promcdi.inprogress;

import dev.promcdi.TrackInProgress;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;

@ApplicationScoped
public class Kitchen {

    @TrackInProgress(value = "kitchen_orders_in_progress", labels = "station=grill")
    public String cook(boolean burn) {
        if (burn) {
            throw new IllegalStateException("burnt");
        }
        return "dish";
    }

    @TrackInProgress(value = "kitchen_orders_in_progress", labels = "station=oven")
    public CompletionStage<String> bake(CompletableFuture<String> oven) {
        return oven;
    }

    @TrackInProgress(value = "kitchen_orders_in_progress", labels = "station=grill")
    public String cookUntil(CountDownLatch started, CountDownLatch release) throws InterruptedException {
        started.countDown();
        release.await();
        return "dish";
    }
}
