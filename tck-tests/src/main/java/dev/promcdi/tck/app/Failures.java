package dev.promcdi.tck.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Resources that fail, with an exception the application maps and one it does not. */
@Path("failures")
public class Failures {

    /** An exception the application maps to 409. */
    public static class OutOfStock extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutOfStock() {
            super("out of stock");
        }
    }

    /** Maps {@link OutOfStock} to 409 Conflict. */
    @Provider
    public static class OutOfStockMapper implements ExceptionMapper<OutOfStock> {
        @Override
        public Response toResponse(OutOfStock exception) {
            return Response.status(Response.Status.CONFLICT).entity(exception.getMessage()).build();
        }
    }

    /** Throws a mapped exception. */
    @GET
    @Path("mapped")
    public String mapped() {
        throw new OutOfStock();
    }

    /** Throws an exception nothing maps: the runtime answers 500. */
    @GET
    @Path("unmapped")
    public String unmapped() {
        throw new IllegalStateException("unmapped failure");
    }
}
