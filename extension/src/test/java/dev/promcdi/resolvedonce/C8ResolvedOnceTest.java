package dev.promcdi.resolvedonce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.testing.Containers;
import dev.promcdi.testing.Scrape;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/**
 * C8: per-site data points are resolved once, at deployment: every labelled series exists (at
 * zero) before the first call, and calls through fresh bean instances land in the same series.
 */
@EnableWeld
class C8ResolvedOnceTest {

    @WeldSetup
    WeldInitiator weld = Containers.withFixtures(Inventory.class);

    @Inject
    Inventory inventory;

    @Inject
    Scrape scrape;

    @Inject
    RequestContextController requests;

    @Test
    void C8_everySiteSeriesExistsAtZeroBeforeTheFirstCall() {

        for (String store : new String[] {"north", "south"}) {
            assertTrue(scrape.has("inventory_lookups", "store", store), store);
            assertEquals(0.0, scrape.value("inventory_lookups", "store", store));
            assertTrue(scrape.has("inventory_lookup_seconds", "store", store), store);
            assertEquals(0, scrape.count("inventory_lookup_seconds", "store", store));
        }
    }

    @Test
    void C8_freshBeanInstancesShareTheSitesDataPoints() {
        for (int request = 0; request < 3; request++) {
            requests.activate();
            try {
                inventory.lookupNorth();
                inventory.lookupSouth();
                inventory.lookupSouth();
            } finally {
                requests.deactivate();
            }
        }

        assertEquals(3.0, scrape.value("inventory_lookups", "store", "north"));
        assertEquals(6.0, scrape.value("inventory_lookups", "store", "south"));
        assertEquals(6, scrape.count("inventory_lookup_seconds", "store", "south"));
        assertEquals(6.0, scrape.sum("inventory_lookup_seconds", "store", "south"));
    }
}
