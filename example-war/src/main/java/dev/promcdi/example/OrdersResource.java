package dev.promcdi.example;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** {@code /api/orders/{orderId}}: a locator for one order's resource. */
@Path("orders")
@RequestScoped
public class OrdersResource {

    @Inject
    Catalog catalog;

    @Inject
    Fulfilment fulfilment;

    @Inject
    Invoicing invoicing;

    /** Creates the resource; the runtime does. */
    public OrdersResource() {
    }

    /**
     * The resource of one order.
     *
     * @param orderId the order's id
     * @return the order's resource
     */
    @Path("{orderId}")
    public OrderResource order(@PathParam("orderId") String orderId) {
        return new OrderResource(orderId, catalog, fulfilment, invoicing);
    }
}
