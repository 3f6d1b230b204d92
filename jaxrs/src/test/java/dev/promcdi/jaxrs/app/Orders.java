package dev.promcdi.jaxrs.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Two locators returning the same sub-resource type, whose method has no @Path of its own. */
@Path("orders")
public class Orders {

    @Path("current/{id}")
    public Order current(@PathParam("id") String id) {
        return new Order(id);
    }

    @Path("archived/{id}")
    public Order archived(@PathParam("id") String id) {
        return new Order(id);
    }

    public static class Order {

        private final String id;

        Order(String id) {
            this.id = id;
        }

        @GET
        public String get() {
            return id;
        }
    }
}
