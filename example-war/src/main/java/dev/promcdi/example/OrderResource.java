package dev.promcdi.example;

import jakarta.enterprise.inject.Vetoed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;

/**
 * One order, reached through {@link OrdersResource}: its status, its items and its invoice.
 * Made by the locator, not by the CDI container.
 */
@Vetoed
@Produces(MediaType.TEXT_PLAIN)
public class OrderResource {

    private final String orderId;
    private final Catalog catalog;
    private final Fulfilment fulfilment;
    private final Invoicing invoicing;

    OrderResource(String orderId, Catalog catalog, Fulfilment fulfilment, Invoicing invoicing) {
        this.orderId = orderId;
        this.catalog = catalog;
        this.fulfilment = fulfilment;
        this.invoicing = invoicing;
    }

    /**
     * {@code GET /api/orders/{orderId}}: the order's status, answered when fulfilment has answered.
     *
     * @return a stage completing with the status
     */
    @GET
    public CompletionStage<String> status() {
        return fulfilment.status(orderId);
    }

    /**
     * {@code GET /api/orders/{orderId}/items/{itemId}}: one item of the order; 404 for an unknown product.
     *
     * @param itemId the product id of the item
     * @return a line describing the item
     */
    @GET
    @Path("items/{itemId}")
    public String item(@PathParam("itemId") String itemId) {
        return "Order " + orderId + ": " + catalog.product(itemId).name();
    }

    /**
     * {@code GET /api/orders/{orderId}/invoice}: the order's invoice; fails with 500 in this example.
     *
     * @return the invoice
     */
    @GET
    @Path("invoice")
    public String invoice() {
        return invoicing.invoice(orderId);
    }
}
