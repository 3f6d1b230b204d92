package dev.promcdi.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.testing.Containers;
import dev.promcdi.testing.Scrape;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * C2: a method returning a CompletionStage is measured until the stage completes, normally,
 * exceptionally or by cancellation; not when the method returns.
 */
@EnableWeld
class C2StagesTest {

    @WeldSetup
    WeldInitiator weld = Containers.withFixtures(Shipping.class, Dock.class);

    @Inject
    Shipping shipping;

    @Inject
    Dock dock;

    @Inject
    Scrape scrape;

    /** The cells of the stage matrix. */
    enum Outcome {
        COMPLETES(false), FAILS(true), CANCELLED(true), NULL_STAGE(false), THROWS_BEFORE_RETURNING(true);

        final boolean failure;

        Outcome(boolean failure) {
            this.failure = failure;
        }
    }

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void C2_everyOutcomeIsMeasuredOnceByAllFourBindings(Outcome outcome) {
        switch (outcome) {
            case NULL_STAGE -> assertNull(shipping.shipNothing());
            case THROWS_BEFORE_RETURNING -> assertThrows(IllegalArgumentException.class, shipping::shipRefused);
            default -> {
                shipping.ship();
                assertEquals(1.0, scrape.value("ship_in_progress"));
                assertEquals(0, scrape.count("ship_seconds"), "not measured when the method returns");
                switch (outcome) {
                    case COMPLETES -> dock.pending().complete("sent");
                    case FAILS -> dock.pending().completeExceptionally(new IOException("lost"));
                    default -> dock.pending().cancel(false);
                }
            }
        }

        assertEquals(0.0, scrape.value("ship_in_progress"));
        assertEquals(1, scrape.count("ship_seconds"));
        assertEquals(1.0, scrape.sum("ship_seconds"), "measured exactly once, from call to completion");
        assertEquals(1.0, scrape.value("ship_calls"));
        assertEquals(outcome.failure ? 1.0 : 0.0, scrape.value("ship_failures"));
    }

    @Test
    void C2_aMethodThatMightReturnAStageButReturnsAValueIsMeasuredAtReturnAndHandsTheValueBack() {
        assertEquals("12.50", shipping.quoteUntyped());

        assertEquals(1, scrape.count("ship_seconds"));
        assertEquals(0.0, scrape.value("ship_in_progress"));
    }

    @Test
    void C2_stageIsMeasuredUntilCompletionNotUntilReturn() {
        CompletionStage<String> stage = shipping.ship();

        assertEquals(1.0, scrape.value("ship_in_progress"), "still running after the method returned");
        assertEquals(0, scrape.count("ship_seconds"));

        dock.pending().complete("sent");

        assertEquals("sent", stage.toCompletableFuture().join());
        assertEquals(1, scrape.count("ship_seconds"));
        assertEquals(0.0, scrape.value("ship_in_progress"));
    }

    @Test
    void C2_failedStagePassesTheFailureOnUnchanged() {
        CompletableFuture<String> returned = shipping.shipFuture();
        IOException lost = new IOException("lost");

        dock.pending().completeExceptionally(lost);

        CompletionException seen = assertThrows(CompletionException.class, returned::join);
        assertSame(lost, seen.getCause());
        assertEquals(1.0, scrape.value("ship_failures"));
    }

    @Test
    void C2_cancelledSourceCancelsTheReturnedStage() {
        CompletableFuture<String> returned = shipping.shipFuture();

        dock.pending().cancel(true);

        assertTrue(returned.isCancelled());
        assertThrows(CancellationException.class, returned::join);
        assertEquals(1, scrape.count("ship_seconds"));
        assertEquals(0.0, scrape.value("ship_in_progress"));
    }

    @Test
    void C2_theReturnedValueDecidesNotOnlyTheDeclaredType() {
        CompletableFuture<?> returned = (CompletableFuture<?>) shipping.shipUntyped();

        assertEquals(0, scrape.count("ship_seconds"));
        dock.pending().complete("sent");

        assertEquals("sent", returned.join());
        assertEquals(1, scrape.count("ship_seconds"));
    }

    @Test
    void C2_aStageDeclaredAsAnotherInterfaceIsMeasuredUntilCompletion() throws Exception {
        Future<String> returned = shipping.shipAsFuture();

        assertEquals(0, scrape.count("ship_seconds"));
        dock.pending().complete("sent");

        assertEquals("sent", returned.get());
        assertEquals(1, scrape.count("ship_seconds"));
    }

    @Test
    void C2_aStageAlreadyOverAtReturnIsMeasuredThenAndHandedBackAsItIs() {
        CompletionStage<String> hit = shipping.shipFromStock(false);
        CompletionStage<String> miss = shipping.shipFromStock(true);

        assertSame(dock.pending(), miss, "no wrapper needed: the metric is updated before the caller gets it");
        assertEquals("in stock", hit.toCompletableFuture().join());
        assertEquals(2, scrape.count("ship_seconds"));
        assertEquals(2.0, scrape.sum("ship_seconds"));
        assertEquals(1.0, scrape.value("ship_failures"));
        assertEquals(0.0, scrape.value("ship_in_progress"));
    }

    @Test
    void C2_anApplicationFutureTypeIsMeasuredAndHandedBackAsItIs() {
        Shipping.TrackedFuture<String> returned = shipping.shipTracked();

        assertSame(dock.pending(), returned);
        assertEquals(1.0, scrape.value("ship_in_progress"));
        returned.complete("sent");

        assertEquals(1, scrape.count("ship_seconds"));
        assertEquals(0.0, scrape.value("ship_in_progress"));
    }
}
