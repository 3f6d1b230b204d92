package dev.promcdi.example;

import dev.promcdi.CountExceptions;
import dev.promcdi.Time;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * The couriers' backend, which estimates delivery times. It answers with a Mutiny {@link Uni}:
 * nothing happens until someone subscribes, and promcdi times each subscription until the
 * estimate arrives, not the assembly of the {@code Uni}.
 */
@ApplicationScoped
public class Couriers {

    /** Creates the bean; the CDI container does. */
    public Couriers() {
    }

    /**
     * The delivery estimate for a product, answered after a short delay like a remote call.
     *
     * @param product the product
     * @return a lazy estimate, in days
     */
    @Time(value = "shop_backend_call_seconds", labels = "backend=couriers")
    @CountExceptions(value = "shop_courier_failures_total", help = "Estimates the couriers failed to give.")
    public Uni<Integer> deliveryDays(Product product) {
        return Uni.createFrom().item(() -> 1 + product.name().length() % 3)
                .onItem().delayIt().by(Duration.ofMillis(15));
    }
}
