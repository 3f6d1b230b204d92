package dev.promcdi.example;

import dev.promcdi.Count;
import dev.promcdi.CountExceptions;
import jakarta.enterprise.context.ApplicationScoped;

/** Invoices orders; its backend is not configured in this example, so every call fails. */
@ApplicationScoped
public class Invoicing {

    /** Creates the bean; the CDI container does. */
    public Invoicing() {
    }

    /**
     * The invoice of an order.
     *
     * @param orderId the order's id
     * @return the invoice
     * @throws IllegalStateException always: the invoicing backend is not configured
     */
    @Count(value = "shop_invoices_total", help = "Invoices asked for.")
    @CountExceptions(value = "shop_invoice_failures_total", help = "Invoices that could not be made.")
    public String invoice(String orderId) {
        throw new IllegalStateException("The invoicing backend is not configured; no invoice for order " + orderId + ".");
    }
}
