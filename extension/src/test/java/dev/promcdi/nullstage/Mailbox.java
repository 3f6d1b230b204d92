package dev.promcdi.nullstage;

import dev.promcdi.Count;
import dev.promcdi.CountExceptions;
import dev.promcdi.Time;
import dev.promcdi.TrackInProgress;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

@ApplicationScoped
public class Mailbox {

    @Time("mailbox_fetch_seconds")
    @Count("mailbox_fetches_total")
    @CountExceptions("mailbox_fetch_failures_total")
    @TrackInProgress("mailbox_fetches_in_progress")
    public CompletionStage<String> fetch() {
        return null;
    }

    @Time("mailbox_fetch_seconds")
    @TrackInProgress("mailbox_fetches_in_progress")
    public CompletableFuture<String> fetchFuture() {
        return null;
    }
}
