package dev.promcdi.classlevel;

import dev.promcdi.Count;
import dev.promcdi.Time;
import jakarta.enterprise.context.ApplicationScoped;

/** Every business method is timed and counted; one method picks its own timer. */
@ApplicationScoped
@Time(value = "billing_seconds", help = "Time spent billing.")
@Count(value = "billing_calls_total", help = "Billing calls.")
public class Billing {

    public String invoice() {
        return "invoice";
    }

    @Time(value = "billing_refund_seconds", help = "Time spent refunding.")
    public String refund() {
        return "refund";
    }
}
