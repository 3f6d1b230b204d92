package dev.promcdi.example;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;

/** {@code /api/products/{id}}: the catalog, and the stock of each product. */
@Path("products")
@Produces(MediaType.TEXT_PLAIN)
@RequestScoped
public class ProductsResource {

    @Inject
    Catalog catalog;

    @Inject
    Warehouse warehouse;

    @Inject
    Couriers couriers;

    /** Creates the resource; the runtime does. */
    public ProductsResource() {
    }

    /**
     * The name of a product; 404 for an unknown id.
     *
     * @param id the product's id
     * @return the product's name
     */
    @GET
    @Path("{id}")
    public String product(@PathParam("id") String id) {
        return catalog.product(id).name();
    }

    /**
     * How many of a product are in stock, answered when the warehouse has answered.
     *
     * @param id the product's id
     * @param response the suspended response, resumed with the stock
     */
    @GET
    @Path("{id}/stock")
    public void stock(@PathParam("id") String id, @Suspended AsyncResponse response) {
        Product product = catalog.product(id);
        warehouse.stock(product).whenComplete((count, failure) -> {
            if (failure != null) {
                response.resume(failure);
            } else {
                response.resume(count + " x " + product.name());
            }
        });
    }

    /**
     * When a product would arrive, answered when the couriers have answered.
     *
     * @param id the product's id
     * @return a stage completing with the estimate
     */
    @GET
    @Path("{id}/delivery")
    public CompletionStage<String> delivery(@PathParam("id") String id) {
        Product product = catalog.product(id);
        return couriers.deliveryDays(product).map(days -> product.name() + " in " + days + " days")
                .subscribeAsCompletionStage();
    }
}
