package dev.promcdi.synchronous;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.promcdi.testing.Containers;
import dev.promcdi.testing.Scrape;
import io.prometheus.metrics.model.snapshots.ClassicHistogramBuckets;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/** C1: a sync method observes its elapsed time once per call, returning or throwing. */
@EnableWeld
class C1SyncCallsTest {

    @WeldSetup
    WeldInitiator weld = Containers.withFixtures(Checkout.class);

    @Inject
    Checkout checkout;

    @Inject
    Scrape scrape;

    @Test
    void C1_theHistogramHasTheAnnotationsBucketsAndAHelpNamingTheMethodWhenNoneIsGiven() {
        checkout.timed(false);

        MetricSnapshot family = scrape.family("checkout_timed_seconds").orElseThrow();
        assertEquals("Duration of calls to dev.promcdi.synchronous.Checkout.timed(boolean), in seconds.",
                family.getMetadata().getHelp());
        ClassicHistogramBuckets buckets = ((HistogramSnapshot) family).getDataPoints().get(0).getClassicBuckets();
        assertEquals(List.of(0.5, 2.0, Double.POSITIVE_INFINITY),
                IntStream.range(0, buckets.size()).mapToObj(buckets::getUpperBound).toList());
    }

    @Test
    void C1_returningCallIsMeasuredOnce() {
        assertEquals("paid", checkout.pay(false));

        assertEquals(1, scrape.count("checkout_seconds"));
        assertEquals(1.0, scrape.sum("checkout_seconds"), "one call, one second on the fake clock");
        assertEquals(1.0, scrape.value("checkout_calls"));
        assertEquals(0.0, scrape.value("checkout_failures"));
        assertEquals(1.0, checkout.inProgressDuringCall());
        assertEquals(0.0, scrape.value("checkout_in_progress"));
    }

    @Test
    void C1_throwingCallIsMeasuredOnceAndTheExceptionPassesUnchanged() {
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> checkout.pay(true));

        assertEquals("declined", thrown.getMessage());
        assertEquals(1, scrape.count("checkout_seconds"));
        assertEquals(1.0, scrape.sum("checkout_seconds"));
        assertEquals(1.0, scrape.value("checkout_calls"));
        assertEquals(1.0, scrape.value("checkout_failures"));
        assertEquals(0.0, scrape.value("checkout_in_progress"));
    }

    @Test
    void C1_everyCallIsMeasuredOnce() {
        for (int i = 0; i < 5; i++) {
            checkout.pay(false);
            assertThrows(IllegalStateException.class, () -> checkout.pay(true));
        }

        assertEquals(10, checkout.bodyRuns(), "the method itself runs once per call");
        assertEquals(10, scrape.count("checkout_seconds"));
        assertEquals(10.0, scrape.sum("checkout_seconds"));
        assertEquals(10.0, scrape.value("checkout_calls"));
        assertEquals(5.0, scrape.value("checkout_failures"));
    }

    @Test
    void C1_eachBindingWorksAlone() {
        both(checkout::timed);
        both(checkout::counted);
        both(checkout::failing);
        both(checkout::tracked);

        assertEquals(2, scrape.count("checkout_timed_seconds"));
        assertEquals(2.0, scrape.sum("checkout_timed_seconds"));
        assertEquals(2.0, scrape.value("checkout_counted"));
        assertEquals(1.0, scrape.value("checkout_failed"));
        assertEquals(1.0, checkout.inProgressDuringCall());
        assertEquals(0.0, scrape.value("checkout_tracked"));
    }

    @Test
    void C1_unannotatedMethodsOfTheBeanAreNotMeasured() {
        checkout.unmeasured();

        assertEquals(0, scrape.count("checkout_seconds"));
        assertEquals(0.0, scrape.value("checkout_calls"));
    }

    private static void both(Consumer<Boolean> call) {
        call.accept(false);
        assertThrows(IllegalStateException.class, () -> call.accept(true));
    }
}
