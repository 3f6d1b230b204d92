package dev.promcdi.inprogress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.testing.Containers;
import dev.promcdi.testing.Scrape;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/** C5: @TrackInProgress is back to its old value after every call, whatever the outcome. */
@EnableWeld
class C5InProgressTest {

    @WeldSetup
    WeldInitiator weld = Containers.withFixtures(Kitchen.class);

    @Inject
    Kitchen kitchen;

    @Inject
    Scrape scrape;

    @Test
    void C5_gaugeReturnsToZeroAfterEveryOutcome() {
        kitchen.cook(false);
        assertThrows(IllegalStateException.class, () -> kitchen.cook(true));

        List<CompletableFuture<String>> ovens = List.of(new CompletableFuture<>(), new CompletableFuture<>(),
                new CompletableFuture<>());
        List<CompletableFuture<String>> returned = new ArrayList<>();
        ovens.forEach(oven -> returned.add(kitchen.bake(oven).toCompletableFuture()));
        assertEquals(3.0, grill() + oven());

        ovens.get(0).complete("bread");
        ovens.get(1).completeExceptionally(new IOException("no gas"));
        returned.get(2).cancel(true);

        assertTrue(ovens.get(2).isCancelled(), "the method's own future is cancelled");
        assertEquals(0.0, grill());
        assertEquals(0.0, oven());
    }

    @Test
    void C5_concurrentCallsAreCountedAndAllReturnToZero() throws Exception {
        int cooks = 8;
        CountDownLatch started = new CountDownLatch(cooks);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(cooks);
        try {
            List<Future<String>> dishes = new ArrayList<>();
            for (int i = 0; i < cooks; i++) {
                dishes.add(pool.submit(() -> kitchen.cookUntil(started, release)));
            }
            assertTrue(started.await(10, TimeUnit.SECONDS));
            assertEquals(cooks, grill());

            release.countDown();
            for (Future<String> dish : dishes) {
                assertEquals("dish", dish.get(10, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0.0, grill());
    }

    @Test
    void C5_gaugeReturnsToItsOldValueNotToZero() {
        CompletableFuture<String> longBake = new CompletableFuture<>();
        kitchen.bake(longBake);

        kitchen.bake(CompletableFuture.completedFuture("toast"));
        kitchen.bake(CompletableFuture.failedFuture(new IOException("no gas")));

        assertEquals(1.0, oven(), "only the long bake is still in progress");
        longBake.complete("cake");
        assertEquals(0.0, oven());
    }

    private double grill() {
        return scrape.value("kitchen_orders_in_progress", "station", "grill");
    }

    private double oven() {
        return scrape.value("kitchen_orders_in_progress", "station", "oven");
    }
}
