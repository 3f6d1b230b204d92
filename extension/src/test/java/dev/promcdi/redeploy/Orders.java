package dev.promcdi.redeploy;

import dev.promcdi.Count;
import dev.promcdi.Time;
import io.prometheus.metrics.core.metrics.Counter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** An application using the default registry, with one metric of its own. */
@ApplicationScoped
public class Orders {

    /** Built and registered by the application: promcdi must leave it alone. */
    @Produces
    static final Counter RECEIVED = Counter.builder().name("l5_orders_received_total").help("Orders received.")
            .register();

    @Time(value = "l5_orders_place_seconds", help = "Time spent placing orders.")
    @Count("l5_orders_received_total")
    public String place() {
        return "placed";
    }
}
