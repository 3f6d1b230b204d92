package dev.promcdi.jaxrs.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Starts the shop once per test class; tests compare metrics before and after what they do. */
public abstract class ShopServer {

    protected static Embedded shop;

    @BeforeAll
    static void startShop() throws Exception {
        shop = Embedded.start(new Shop(), "api");
    }

    @AfterAll
    static void stopShop() throws Exception {
        shop.close();
    }

    /** What changed in the metrics since {@code before}. */
    protected static MetricsText since(MetricsText before) throws Exception {
        return metrics().since(before);
    }

    /** The metrics as a scrape sees them now. */
    protected static MetricsText metrics() throws Exception {
        return new MetricsText(shop.get("metrics").body());
    }
}
