package dev.promcdi.example;

import dev.promcdi.Count;
import dev.promcdi.CountExceptions;
import dev.promcdi.Time;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;

/** The products the shop sells. */
@ApplicationScoped
public class Catalog {

    private static final Map<String, Product> PRODUCTS = Map.of(
            "1", new Product("1", "Teapot"),
            "2", new Product("2", "Kettle"),
            "3", new Product("3", "Mug"),
            "4", new Product("4", "Tea strainer"),
            "5", new Product("5", "Tea cosy"));

    /**
     * The product with this id.
     *
     * @param id the product's id
     * @return the product
     * @throws UnknownProductException when no product has this id
     */
    @Time(value = "shop_catalog_lookup_seconds", help = "Time spent looking products up in the catalog.")
    @Count(value = "shop_catalog_lookups_total", help = "Products looked up in the catalog.")
    @CountExceptions(value = "shop_catalog_misses_total", help = "Look-ups of products the catalog does not have.",
            exceptions = UnknownProductException.class)
    public Product product(String id) {
        return Optional.ofNullable(PRODUCTS.get(id)).orElseThrow(() -> new UnknownProductException(id));
    }
}
