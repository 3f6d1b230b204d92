package dev.promcdi.quarkus.registry;

import dev.promcdi.Count;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** One measured resource. */
@ApplicationScoped
@Path("greetings")
public class Greetings {

    /** Greets, and is counted. */
    @GET
    @Count("greetings")
    public String greet() {
        return "hello";
    }
}
