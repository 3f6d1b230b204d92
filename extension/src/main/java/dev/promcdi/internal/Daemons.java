package dev.promcdi.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** Background threads that never keep the JVM alive. Not part of the API. */
public final class Daemons {

    private Daemons() {
    }

    /**
     * A single daemon thread running scheduled tasks.
     *
     * @param name the thread's name, shown in thread dumps
     * @return the scheduler; shut it down when done
     */
    public static ScheduledExecutorService scheduler(String name) {
        return Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
