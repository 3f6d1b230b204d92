package dev.promcdi.c3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.testing.Containers;
import dev.promcdi.testing.Scrape;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/**
 * C3: when the caller sees the returned stage complete, the metric is already updated;
 * cancelling the returned future cancels the method's own future.
 */
@EnableWeld
class C3CompletionOrderTest {

    @WeldSetup
    WeldInitiator weld = Containers.withFixtures(Courier.class);

    @Inject
    Courier courier;

    @Inject
    Scrape scrape;

    @Test
    void C3_callerSeesTheMetricUpdatedWhenTheStageCompletes() throws Exception {
        List<Double> seenByCaller = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 50; i++) {
            CompletableFuture<String> returned = courier.deliver();
            CompletableFuture<Void> observed = returned.thenRun(() -> {
                seenByCaller.add((double) scrape.count("courier_seconds"));
                seenByCaller.add(scrape.value("courier_in_progress"));
            });
            CompletableFuture<String> source = courier.source();
            CompletableFuture.runAsync(() -> source.complete("delivered"));
            observed.get(10, TimeUnit.SECONDS);
            assertEquals(List.of(i + 1.0, 0.0), seenByCaller.subList(2 * i, 2 * i + 2),
                    "count and in-progress as the caller's callback saw them");
        }
    }

    @Test
    void C3_cancellingTheReturnedFutureCancelsTheMethodsOwn() {
        CompletableFuture<String> returned = courier.deliver();

        assertTrue(returned.cancel(true));

        assertTrue(courier.source().isCancelled(), "the method's own future is cancelled too");
        assertTrue(returned.isCancelled());
        assertEquals(1, scrape.count("courier_seconds"));
        assertEquals(0.0, scrape.value("courier_in_progress"));
    }

    @Test
    void C3_aStageThatCannotBeCancelledIsMeasuredUntilTheCallerCancels() {
        CompletableFuture<String> returned = courier.deliverMinimal().toCompletableFuture();

        assertTrue(returned.cancel(true));

        assertTrue(returned.isCancelled());
        assertFalse(courier.source().isDone(), "a minimal stage cannot be cancelled");
        assertEquals(1, scrape.count("courier_seconds"));
        assertEquals(0.0, scrape.value("courier_in_progress"));

        courier.source().complete("late");

        assertEquals(1, scrape.count("courier_seconds"), "the late completion is not measured again");
        assertEquals(0.0, scrape.value("courier_in_progress"));
    }

    @Test
    void C3_cancellingAFinishedFutureChangesNothing() {
        CompletableFuture<String> returned = courier.deliver();
        courier.source().complete("delivered");

        assertFalse(returned.cancel(true));

        assertEquals("delivered", returned.join());
        assertEquals(1, scrape.count("courier_seconds"));
    }
}
