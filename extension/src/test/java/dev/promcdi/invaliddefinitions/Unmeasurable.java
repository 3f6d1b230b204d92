package dev.promcdi.invaliddefinitions;

import dev.promcdi.Count;
import dev.promcdi.CountExceptions;
import dev.promcdi.Time;
import dev.promcdi.TrackInProgress;
import jakarta.enterprise.context.Dependent;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.SubmissionPublisher;
import reactor.core.publisher.Flux;

/** Beans whose methods return types promcdi cannot measure until their work ends, and some it can. */
public final class Unmeasurable {

    private Unmeasurable() {
    }

    @Dependent
    public static class Futures {
        @Time("task_seconds")
        public FutureTask<String> task() {
            return null;
        }

        @TrackInProgress("scheduled_in_progress")
        public ScheduledFuture<String> scheduled() {
            return null;
        }
    }

    @Dependent
    public static class Publishers {
        @CountExceptions("feed_failures_total")
        public SubmissionPublisher<String> feed() {
            return null;
        }

        @Time("lines_seconds")
        public Lines lines() {
            return null;
        }
    }

    /** A Flux of the application's own, which promcdi cannot make a measured copy of. */
    public abstract static class Lines extends Flux<String> {
    }

    /** Methods that are fine: counting calls fits every type; a declared Future decides per value. */
    @Dependent
    public static class Accepted {
        @Count("tasks_total")
        public FutureTask<String> counted() {
            return new FutureTask<>(() -> "done");
        }

        @Time("future_seconds")
        public Future<String> future() {
            return new FutureTask<>(() -> "done");
        }
    }
}
