package dev.promcdi.benchmarks.quarkus;

import io.micrometer.core.annotation.Timed;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;

/** The method with Micrometer's {@code @Timed} as Quarkus binds it: a timer (count, sum, max). */
@ApplicationScoped
@Unremovable // looked up by the benchmark, which the container cannot see
public class MicrometerTimed {

    /** One step of work. */
    @Timed("benchmark.work")
    public long work(long value) {
        return Work.step(value);
    }
}
