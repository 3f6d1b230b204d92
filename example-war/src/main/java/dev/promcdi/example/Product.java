package dev.promcdi.example;

/**
 * A product of the catalog.
 *
 * @param id the product's id
 * @param name the product's name
 */
public record Product(String id, String name) {
}
