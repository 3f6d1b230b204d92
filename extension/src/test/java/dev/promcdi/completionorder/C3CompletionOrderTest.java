package dev.promcdi.completionorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.testing.Containers;
import dev.promcdi.testing.Scrape;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    void C3_aTimeoutOnTheReturnedFutureEndsTheMeasurementFirst() {
        CompletableFuture<String> returned = courier.deliver().orTimeout(10, TimeUnit.MILLISECONDS);

        ExecutionException timedOut = assertThrows(ExecutionException.class, () -> returned.get(10, TimeUnit.SECONDS));

        assertInstanceOf(TimeoutException.class, timedOut.getCause());
        assertEquals(1, scrape.count("courier_seconds"));
        assertEquals(0.0, scrape.value("courier_in_progress"));
        courier.source().complete("late");
        assertEquals(1, scrape.count("courier_seconds"), "the late completion is not measured again");
    }

    @Test
    void C3_completionRacingCancellationEndsTheMeasurementExactlyOnce() throws Exception {
        int races = 200;
        for (int i = 0; i < races; i++) {
            CompletableFuture<String> returned = courier.deliver();
            CompletableFuture<String> source = courier.source();
            CountDownLatch go = new CountDownLatch(1);
            CompletableFuture<Void> completer = CompletableFuture.runAsync(() -> {
                await(go);
                source.complete("delivered");
            });
            CompletableFuture<Void> canceller = CompletableFuture.runAsync(() -> {
                await(go);
                returned.cancel(true);
            });
            go.countDown();
            CompletableFuture.allOf(completer, canceller).get(10, TimeUnit.SECONDS);
            assertTrue(returned.isDone());
        }

        assertEquals(races, scrape.count("courier_seconds"));
        assertEquals(0.0, scrape.value("courier_in_progress"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void C3_theCallerCompletingTheReturnedFutureEndsTheMeasurementOnceAndIsToldWhetherItDid() {
        CompletableFuture<String> first = courier.deliver();
        assertTrue(first.complete("by hand"), "the first completion takes effect");
        assertFalse(first.completeExceptionally(new IllegalStateException()), "a later one does not");

        CompletableFuture<String> second = courier.deliver();
        assertTrue(second.completeExceptionally(new IllegalStateException("lost")));
        assertFalse(second.complete("late"));
        courier.source().complete("delivered");

        assertEquals("by hand", first.join());
        assertTrue(second.isCompletedExceptionally());
        assertEquals(2, scrape.count("courier_seconds"), "each call measured once");
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
