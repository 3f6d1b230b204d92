package dev.promcdi.benchmarks.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** The trivial resource the HTTP load runs against. */
@Path("hello")
public class Hello {

    @GET
    @Path("{name}")
    public String hello(@PathParam("name") String name) {
        return "hello " + name;
    }
}
