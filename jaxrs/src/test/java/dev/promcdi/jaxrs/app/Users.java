package dev.promcdi.jaxrs.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@ApplicationScoped
@Path("users")
public class Users {

    @GET
    @Path("{id}")
    public String user(@PathParam("id") String id) {
        return "user " + id;
    }

    @GET
    @Path("{id: [0-9]+}/avatar/")
    public String avatar(@PathParam("id") String id) {
        return "avatar " + id;
    }

    @POST
    public String create(String body) {
        return "created";
    }
}
