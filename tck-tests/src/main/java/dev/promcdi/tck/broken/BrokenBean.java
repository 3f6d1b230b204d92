package dev.promcdi.tck.broken;

import dev.promcdi.Count;
import dev.promcdi.Time;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.FutureTask;

/** Every kind of wrong definition C7 and C10 name, one per method. */
@ApplicationScoped
public class BrokenBean {

    /** A metric name with a dash. */
    @Time("tck-broken-seconds")
    public void invalidName() {
    }

    /** A label that is not key=value. */
    @Count(value = "tck_broken_label_total", labels = "tier")
    public void labelWithoutValue() {
    }

    /** A label name the histogram reserves. */
    @Time(value = "tck_broken_le_seconds", labels = "le=1")
    public void reservedLabel() {
    }

    /** One name, one help... */
    @Time(value = "tck_broken_conflict_seconds", help = "One help.")
    public void conflictOne() {
    }

    /** ...and another help for the same name. */
    @Time(value = "tck_broken_conflict_seconds", help = "Another help.")
    public void conflictTwo() {
    }

    /** Label keys that disagree with the other site of the same name. */
    @Count(value = "tck_broken_keys_total", labels = "region=eu")
    public void keysOne() {
    }

    /** ...with an extra key. */
    @Count(value = "tck_broken_keys_total", labels = {"region=eu", "tier=gold"})
    public void keysTwo() {
    }

    /** The container cannot intercept a private method. */
    @Time("tck_broken_private_seconds")
    private void privateMethod() {
    }

    /** The container cannot intercept a static method. */
    @Time("tck_broken_static_seconds")
    public static void staticMethod() {
    }

    /** The container cannot intercept a final method. */
    @Time("tck_broken_final_seconds")
    public final void finalMethod() {
    }

    /** C10: a Future promcdi cannot watch until it ends. */
    @Time("tck_broken_task_seconds")
    public FutureTask<String> unmeasurableTask() {
        return new FutureTask<>(() -> "done");
    }

    /** Keeps the private method used. */
    void usePrivate() {
        privateMethod();
    }
}
