package dev.promcdi.reactive;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Where every subscription's source waits for the test to end it: each subscription to a
 * {@link Streams} publisher adds one {@link Outlet}, which the test opens with an item or a
 * failure. JDK publishers deliver on {@link #executor()}, another thread than the test's.
 */
@ApplicationScoped
public class Valve {

    private final LinkedBlockingDeque<Outlet> outlets = new LinkedBlockingDeque<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    /**
     * One subscription's source, ready to emit its one item and complete, or to fail; and whether
     * its subscriber cancelled.
     */
    public record Outlet(Consumer<String> succeed, Consumer<Throwable> fail, BooleanSupplier cancelled) {
    }

    void add(Outlet outlet) {
        outlets.add(outlet);
    }

    /** The outlet of the oldest subscription not yet taken; fails if there is none. */
    public Outlet next() {
        Outlet outlet = outlets.poll();
        if (outlet == null) {
            throw new AssertionError("no subscription reached the source");
        }
        return outlet;
    }

    /** How many subscriptions reached the source and wait. */
    public int waiting() {
        return outlets.size();
    }

    ExecutorService executor() {
        return executor;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
