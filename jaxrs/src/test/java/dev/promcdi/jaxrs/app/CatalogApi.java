package dev.promcdi.jaxrs.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** JAX-RS annotations on an interface, as generated API contracts have them. */
@Path("catalog")
public interface CatalogApi {

    @GET
    @Path("{sku}")
    String item(@PathParam("sku") String sku);
}
