package dev.promcdi.exceptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.promcdi.testing.Containers;
import dev.promcdi.testing.Scrape;
import jakarta.inject.Inject;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/**
 * C4: @CountExceptions matches the unwrapped cause against its exception types; sync throws
 * count too; nothing is swallowed.
 */
@EnableWeld
class C4ExceptionsTest {

    @WeldSetup
    WeldInitiator weld = Containers.withFixtures(Ledger.class);

    @Inject
    Ledger ledger;

    @Inject
    Scrape scrape;

    @Test
    void C4_syncThrowsOfTheListedTypesCount() {
        IOException io = new IOException("disk");
        FileNotFoundException missing = new FileNotFoundException("gone");
        IllegalArgumentException other = new IllegalArgumentException("other");

        assertSame(io, assertThrows(IOException.class, () -> ledger.write(io)));
        assertSame(missing, assertThrows(FileNotFoundException.class, () -> ledger.write(missing)));
        assertSame(other, assertThrows(IllegalArgumentException.class, () -> ledger.write(other)));

        assertEquals(2.0, scrape.value("ledger_io_failures"), "IOException and its subclass, not the other");
    }

    @Test
    void C4_stageFailuresAreMatchedOnTheUnwrappedCause() {
        IOException io = new IOException("disk");

        fail(ledger.writeLater(new CompletionException(io)));
        fail(ledger.writeLater(new ExecutionException(io)));
        fail(ledger.writeLater(new CompletionException(new ExecutionException(io))));
        fail(ledger.writeLater(io));
        fail(ledger.writeLater(new CompletionException(new IllegalStateException("not io"))));

        assertEquals(4.0, scrape.value("ledger_io_failures"));
    }

    @Test
    void C4_failuresOfDependentStagesAreUnwrappedToo() {
        IllegalStateException broken = new IllegalStateException("broken");

        CompletionException seen = assertThrows(CompletionException.class,
                () -> ledger.writeAsync(broken).toCompletableFuture().join());

        assertSame(broken, seen.getCause(), "the caller sees the original failure");
        assertEquals(1.0, scrape.value("ledger_failures"));
    }

    @Test
    void C4_theFailureReachesTheCallerUnchanged() throws Exception {
        IOException io = new IOException("disk");

        ExecutionException seen = assertThrows(ExecutionException.class,
                () -> ledger.writeLater(io).toCompletableFuture().get());

        assertSame(io, seen.getCause());
    }

    @Test
    void C4_byDefaultEveryFailureCounts() {
        assertThrows(IllegalStateException.class, () -> ledger.writeAny(new IllegalStateException()));
        assertThrows(UnsupportedOperationException.class, () -> ledger.writeAny(new UnsupportedOperationException()));

        assertEquals(2.0, scrape.value("ledger_any_failures"));
    }

    private static void fail(java.util.concurrent.CompletionStage<Void> stage) {
        assertThrows(CompletionException.class, () -> stage.toCompletableFuture().join());
    }
}
