package dev.promcdi.reactive;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.promcdi.testing.Containers;
import dev.promcdi.testing.Scrape;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.awaitility.core.ConditionFactory;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.util.context.Context;

/**
 * C9: a method returning a lazy reactive type is measured per subscription, from subscribe to
 * its terminal signal; nothing is recorded without a subscription except {@code @Count}. Every
 * call of the fake clock lasts one second, so a measured subscription observes exactly 1 s.
 */
@EnableWeld
class C9ReactiveTypesTest {

    @WeldSetup
    WeldInitiator weld = Containers.withFixtures(Streams.class, Valve.class);

    @Inject
    Streams streams;

    @Inject
    Valve valve;

    @Inject
    Scrape scrape;

    /** How the test ends a subscription. */
    enum Ending {
        ITEM, FAILURE, CANCEL
    }

    static Stream<Arguments> everyKindAndEnding() {
        return Stream.of(Kind.values()).flatMap(kind -> Stream.of(Ending.values()).map(end -> Arguments.of(kind, end)));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void C9_aCallWithoutSubscriptionIsCountedAndNothingElse(Kind kind) {
        kind.call(streams);

        assertEquals(1.0, scrape.value(kind.metric + "_calls"));
        assertEquals(0, scrape.count(kind.metric + "_seconds"));
        assertEquals(0.0, scrape.value(kind.metric + "_in_progress"));
        assertEquals(0, valve.waiting(), "the method's own publisher was not subscribed to");
    }

    @ParameterizedTest
    @MethodSource("everyKindAndEnding")
    void C9_eachSubscriptionIsMeasuredFromSubscribeToItsEnd(Kind kind, Ending ending) {
        Object publisher = kind.call(streams);
        Signals signals = new Signals(() -> state(kind));

        Runnable cancel = kind.subscribe(publisher, signals);
        soon().until(() -> valve.waiting() == 1);
        assertEquals("in progress 1, observed 0, failed 0", state(kind), "measured from the subscription on");

        Valve.Outlet outlet = valve.next();
        switch (ending) {
            case ITEM -> outlet.succeed().accept("sent");
            case FAILURE -> outlet.fail().accept(new IOException("lost"));
            default -> {
                soon().until(() -> kind != Kind.FLOW || signals.subscribed()); // the JDK's arrives later
                cancel.run();
                soon().until(outlet.cancelled()::getAsBoolean); // the cancellation reached the source
            }
        }

        String over = "in progress 0, observed 1, failed " + (ending == Ending.FAILURE ? 1 : 0);
        soon().until(() -> state(kind).equals(over));
        assertEquals(1.0, scrape.sum(kind.metric + "_seconds"), "one second: subscribe, then the end");
        switch (ending) {
            case ITEM -> {
                String during = "in progress 1, observed 0, failed 0";
                List<String> expected = kind == Kind.UNI ? List.of("item sent " + over)
                        : List.of("item sent " + (kind.single ? over : during), "completion " + over);
                soon().until(() -> signals.seen.equals(expected));
            }
            case FAILURE -> soon().until(() -> signals.seen.equals(List.of("failure lost " + over)));
            default -> assertEquals(List.of(), signals.seen, "a cancelled subscriber hears nothing more");
        }
        assertEquals(1.0, scrape.value(kind.metric + "_calls"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void C9_twoSubscriptionsAreTwoMeasurements(Kind kind) {
        Object publisher = kind.call(streams);

        kind.subscribe(publisher, new Signals(() -> ""));
        kind.subscribe(publisher, new Signals(() -> ""));
        soon().until(() -> valve.waiting() == 2);
        assertEquals("in progress 2, observed 0, failed 0", state(kind));
        valve.next().succeed().accept("first");
        valve.next().fail().accept(new IOException("second"));

        soon().until(() -> state(kind).equals("in progress 0, observed 2, failed 1"));
        assertEquals(1.0, scrape.value(kind.metric + "_calls"), "one call, two subscriptions");
    }

    @Test
    void C9_aMethodThatThrowsInsteadOfReturningIsMeasuredLikeASynchronousThrow() {
        assertThrows(IllegalStateException.class, streams::refused);

        assertEquals(1.0, scrape.value("refused_calls"));
        assertEquals(1, scrape.count("refused_seconds"));
        assertEquals(1.0, scrape.sum("refused_seconds"));
        assertEquals(1.0, scrape.value("refused_failures"));
        assertEquals(0.0, scrape.value("refused_in_progress"));
    }

    @Test
    void C9_aNullPublisherCountsAsOverAtReturn() {
        assertNull(streams.nothing());

        assertEquals(1, scrape.count("nothing_seconds"));
        assertEquals(0.0, scrape.value("nothing_in_progress"));
    }

    @Test
    void C9_aPublisherThatSignalsTwiceIsMeasuredOnceAndPassedOnUnchanged() {
        Signals signals = new Signals(() -> "");
        Kind.FLOW.subscribe(streams.unruly(), signals);

        assertEquals(1, scrape.count("unruly_seconds"));
        assertEquals(0.0, scrape.value("unruly_in_progress"), "never below where it started");
        assertEquals(0.0, scrape.value("unruly_failures"), "the failure after completion is not the outcome");
        assertEquals(List.of("completion ", "completion ", "failure after completion "), signals.seen);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void C9_aSourceThatThrowsAtItsSubscriberIsMeasuredAsAFailureAndNeverLeftInProgress(Kind kind) {
        Object publisher = kind.callRefusing(streams);
        Signals signals = new Signals(() -> "");

        try {
            kind.subscribe(publisher, signals);
        } catch (IllegalStateException thrown) { // some libraries throw it on, others signal it
            assertEquals("no subscribers taken", thrown.getMessage(), "passed on unchanged");
        }

        String refusing = kind.metric + "_refusing";
        assertEquals(1, scrape.count(refusing + "_seconds"));
        assertEquals(1.0, scrape.value(refusing + "_failures"));
        assertEquals(0.0, scrape.value(refusing + "_in_progress"));
    }

    @Test
    void C9_operatorsTheCallerAddsSeeTheSameSignalsAndContext() {
        String user = streams.contextual().map(String::toUpperCase)
                .contextWrite(Context.of("user", "ada")).block();
        String greeting = streams.greeting().onItem().transform(String::toUpperCase).await().indefinitely();
        String mutinyUser = streams.mutinyContextual().awaitUsing(io.smallrye.mutiny.Context.of("user", "grace"))
                .indefinitely();
        String multiUser = streams.multiContextual().toUni().awaitUsing(io.smallrye.mutiny.Context.of("user", "lin"))
                .indefinitely();

        assertEquals("ADA", user, "Reactor's context reaches the method's own publisher");
        assertEquals("grace", mutinyUser, "so does Mutiny's");
        assertEquals("lin", multiUser, "to a Multi too");
        assertEquals(1, scrape.count("multi_contextual_seconds"));
        assertEquals("HELLO", greeting);
        assertEquals(1, scrape.count("mutiny_contextual_seconds"));
        assertEquals(1, scrape.count("contextual_seconds"));
        assertEquals(1, scrape.count("greeting_seconds"));
    }

    /** Waits for what the JDK's publisher delivers on another thread; the others deliver at once. */
    private static ConditionFactory soon() {
        return await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5));
    }

    private String state(Kind kind) {
        return "in progress " + (long) scrape.value(kind.metric + "_in_progress")
                + ", observed " + scrape.count(kind.metric + "_seconds")
                + ", failed " + (long) scrape.value(kind.metric + "_failures");
    }
}
