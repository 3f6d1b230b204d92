package dev.promcdi.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.Async;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import org.junit.jupiter.api.Test;

/** Async: the measurements of the annotations for a stage or a publisher already in hand. */
class AsyncTest {

    final Histogram latency = Histogram.builder().name("backend_seconds").labelNames("backend").build();
    final Counter failures = Counter.builder().name("backend_failures_total").labelNames("backend").build();
    final Gauge inFlight = Gauge.builder().name("backend_in_flight").build();

    @Test
    void timeObservesFromTheCallUntilTheStageCompletesIntoALabelledChild() throws InterruptedException {
        CompletableFuture<String> call = new CompletableFuture<>();

        CompletableFuture<String> timed = Async.time(latency.labelValues("a"), call);
        Thread.sleep(50);

        assertEquals(0, latency.labelValues("a").getCount());
        call.complete("reply");
        assertEquals("reply", timed.join());
        assertEquals(1, latency.labelValues("a").getCount());
        assertTrue(latency.labelValues("a").getSum() >= 0.05, "at least the 50 ms between call and completion");
    }

    @Test
    void countExceptionsCountsOnlyTheListedUnwrappedFailures() {
        IOException io = new IOException("down");

        CompletableFuture<Void> failed = Async.countExceptions(failures.labelValues("a"),
                CompletableFuture.failedFuture(new CompletionException(io)), IOException.class);
        Async.countExceptions(failures.labelValues("a"),
                CompletableFuture.failedFuture(new IllegalStateException()), IOException.class);
        Async.countExceptions(failures.labelValues("a"), CompletableFuture.completedFuture("ok"), IOException.class);

        assertSame(io, assertThrows(CompletionException.class, failed::join).getCause());
        assertEquals(1.0, failures.labelValues("a").get());
    }

    @Test
    void countExceptionsWithoutTypesCountsEveryFailure() {
        Async.countExceptions(failures.labelValues("b"), CompletableFuture.failedFuture(new IllegalStateException()));
        Async.countExceptions(failures.labelValues("b"), CompletableFuture.failedFuture(new IOException()));

        assertEquals(2.0, failures.labelValues("b").get());
    }

    @Test
    void trackInProgressIsUpUntilCompletionAndCancellationPropagates() {
        CompletableFuture<String> call = new CompletableFuture<>();

        CompletableFuture<String> tracked = Async.trackInProgress(inFlight, call);
        assertEquals(1.0, inFlight.get());

        tracked.cancel(true);
        assertTrue(call.isCancelled(), "cancelling the returned future cancels the given one");
        assertEquals(0.0, inFlight.get());
    }

    @Test
    void aPublisherIsMeasuredPerSubscriptionFromSubscribeToItsEnd() {
        SubmissionPublisher<String> feed = new SubmissionPublisher<>(Runnable::run, 4);

        Flow.Publisher<String> timed = Async.time(latency.labelValues("feed"), feed);
        Flow.Publisher<String> tracked = Async.trackInProgress(inFlight, timed);
        Flow.Publisher<String> counted = Async.countExceptions(failures.labelValues("feed"), tracked, IOException.class);
        assertEquals(0.0, inFlight.get(), "nothing before a subscription");

        List<String> seen = new CopyOnWriteArrayList<>();
        counted.subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(String item) {
                seen.add(item);
            }

            @Override
            public void onError(Throwable failure) {
                seen.add("failed: " + failure.getMessage() + " with " + inFlight.get() + " in flight");
            }

            @Override
            public void onComplete() {
                seen.add("complete");
            }
        });
        assertEquals(1.0, inFlight.get());
        feed.submit("line");
        feed.closeExceptionally(new IOException("cut"));

        assertEquals(List.of("line", "failed: cut with 0.0 in flight"), seen);
        assertEquals(1, latency.labelValues("feed").getCount());
        assertEquals(1.0, failures.labelValues("feed").get());
    }

    @Test
    void nullArgumentsAreRejectedByName() {
        NullPointerException thrown = assertThrows(NullPointerException.class,
                () -> Async.time(null, new CompletableFuture<>()));
        assertEquals("The metric is null; pass a metric or one of its labelled children.", thrown.getMessage());
        NullPointerException noPublisher = assertThrows(NullPointerException.class,
                () -> Async.time(latency.labelValues("a"), (Flow.Publisher<String>) null));
        assertEquals("The publisher is null; pass the Flow.Publisher to measure.", noPublisher.getMessage());
    }
}
