package dev.promcdi.example;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers an {@link UnknownProductException} with 404 and its message. */
@Provider
public class UnknownProductMapper implements ExceptionMapper<UnknownProductException> {

    /** Creates the mapper; the JAX-RS runtime does. */
    public UnknownProductMapper() {
    }

    /** A 404 response whose body is the exception's message. */
    @Override
    public Response toResponse(UnknownProductException exception) {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN_TYPE)
                .entity(exception.getMessage()).build();
    }
}
