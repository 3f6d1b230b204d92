package dev.promcdi.exceptions;

import dev.promcdi.CountExceptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

@ApplicationScoped
public class Ledger {

    @CountExceptions(value = "ledger_io_failures_total", exceptions = IOException.class)
    public void write(Exception failure) throws Exception {
        throw failure;
    }

    @CountExceptions(value = "ledger_io_failures_total", exceptions = IOException.class)
    public CompletionStage<Void> writeLater(Throwable failure) {
        return CompletableFuture.failedFuture(failure);
    }

    @CountExceptions(value = "ledger_failures_total", exceptions = {IOException.class, IllegalStateException.class})
    public CompletionStage<Void> writeAsync(Throwable failure) {
        return CompletableFuture.runAsync(() -> { }).thenRun(() -> {
            throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
        });
    }

    @CountExceptions("ledger_any_failures_total")
    public void writeAny(RuntimeException failure) {
        throw failure;
    }

}
