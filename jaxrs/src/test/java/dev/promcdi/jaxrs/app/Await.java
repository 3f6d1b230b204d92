package dev.promcdi.jaxrs.app;

import java.time.Duration;

/** Waits for something that happens on other threads, with a generous bound. */
public final class Await {

    private Await() {
    }

    /** A condition that may throw. */
    public interface Condition {
        boolean holds() throws Exception;
    }

    public static void within(Duration limit, String what, Condition condition) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + limit + ": " + what);
            }
            Thread.sleep(20);
        }
    }
}
