package dev.promcdi.jaxrs.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Path("fail")
public class Failures {

    /** An application exception with a mapper. */
    public static class OutOfStock extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Provider
    public static class OutOfStockMapper implements ExceptionMapper<OutOfStock> {
        @Override
        public Response toResponse(OutOfStock exception) {
            return Response.status(409).entity("out of stock").build();
        }
    }

    @GET
    @Path("mapped")
    public String mapped() {
        throw new OutOfStock();
    }

    @GET
    @Path("unmapped")
    public String unmapped() {
        throw new IllegalStateException("bug");
    }

    @GET
    @Path("missing")
    public String missing() {
        throw new NotFoundException("no such thing");
    }
}
