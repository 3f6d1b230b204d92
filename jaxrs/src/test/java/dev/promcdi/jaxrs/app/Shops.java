package dev.promcdi.jaxrs.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A root resource whose items are a sub-resource, reached through a locator. */
@Path("shops/{shop}")
public class Shops {

    @Path("items")
    public Items items(@PathParam("shop") String shop) {
        return new Items(shop);
    }

    @Path("staff")
    public Staff staff() {
        return new Staff();
    }

    /** A sub-resource: no @Path of its own. */
    public static class Items {

        private final String shop;

        Items(String shop) {
            this.shop = shop;
        }

        @GET
        @Path("{item}")
        public String item(@PathParam("item") String item) {
            return shop + "/" + item;
        }
    }

    /** Another sub-resource, one more locator down. */
    public static class Staff {

        @Path("{name}/shifts")
        public Items shifts(@PathParam("name") String name) {
            return new Items(name);
        }
    }
}
