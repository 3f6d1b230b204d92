package dev.promcdi.example;

/** Thrown when a product id is not in the catalog; answered with 404 by {@link UnknownProductMapper}. */
public class UnknownProductException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for the product id that was asked for.
     *
     * @param id the unknown product id
     */
    public UnknownProductException(String id) {
        super("No product has the id '" + id + "'.");
    }
}
