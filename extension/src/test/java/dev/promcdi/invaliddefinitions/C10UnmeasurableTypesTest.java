package dev.promcdi.invaliddefinitions;

import static dev.promcdi.invaliddefinitions.C7InvalidDefinitionsTest.deploymentFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.testing.Containers;
import dev.promcdi.testing.LogCapture;
import dev.promcdi.testing.Scrape;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * C10: a return type promcdi cannot measure until its work ends is a deployment problem reported
 * with the others, never a silent measurement at return.
 */
class C10UnmeasurableTypesTest {

    @Test
    void C10_futuresThatAreNotStagesAreRefusedWithTheWayOut() {
        String message = deploymentFailure(Unmeasurable.Futures.class, Unmeasurable.Publishers.class);

        assertTrue(message.startsWith("promcdi found 4 problems in this deployment:"), message);
        assertContains(message, "Invalid @Time on dev.promcdi.invaliddefinitions.Unmeasurable$Futures.task(): "
                + "promcdi cannot tell when a java.util.concurrent.FutureTask completes without blocking, so it would "
                + "measure only the call; return a CompletionStage (such as CompletableFuture) instead.");
        assertContains(message, "Invalid @TrackInProgress on dev.promcdi.invaliddefinitions.Unmeasurable$Futures"
                + ".scheduled(): promcdi cannot tell when a java.util.concurrent.ScheduledFuture completes");
    }

    @Test
    void C10_publisherTypesPromcdiCannotRecreateAskForTheirKnownSupertype() {
        String message = deploymentFailure(Unmeasurable.Publishers.class);

        assertContains(message, "Invalid @CountExceptions on dev.promcdi.invaliddefinitions.Unmeasurable$Publishers"
                + ".feed(): promcdi measures a publisher by returning a measured one of the declared type, and cannot "
                + "make a java.util.concurrent.SubmissionPublisher; declare java.util.concurrent.Flow.Publisher as the "
                + "return type.");
        assertContains(message, "Invalid @Time on dev.promcdi.invaliddefinitions.Unmeasurable$Publishers.lines(): "
                + "promcdi measures a publisher by returning a measured one of the declared type, and cannot make a "
                + "dev.promcdi.invaliddefinitions.Unmeasurable$Lines; declare reactor.core.publisher.Flux as the "
                + "return type.");
    }

    @Test
    void C10_countingCallsFitsEveryTypeAndAFutureStillRunningAtReturnIsNamedInTheLog() {
        try (LogCapture log = new LogCapture();
                WeldContainer container = Containers.weld(Unmeasurable.Accepted.class,
                        dev.promcdi.testing.Fixtures.class).initialize()) {
            Unmeasurable.Accepted accepted = container.select(Unmeasurable.Accepted.class).get();
            Scrape scrape = container.select(Scrape.class).get();

            accepted.counted();
            accepted.future();
            accepted.future();
            accepted.future();

            assertEquals(1.0, scrape.value("tasks"));
            assertEquals(3, scrape.count("future_seconds"));
            assertEquals(1, log.text().split("still running", -1).length - 1, "warned once per method:\n" + log.text());
            assertContains(log.text(), "promcdi measured a call of dev.promcdi.invaliddefinitions.Unmeasurable$Accepted"
                    + ".future at its return although the java.util.concurrent.FutureTask it returned was still running");
        }
    }

    private static void assertContains(String text, String part) {
        assertTrue(text.contains(part), "expected\n  " + part + "\nin\n" + text);
    }
}
