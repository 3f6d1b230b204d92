package dev.promcdi.benchmarks.quarkus;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;

/** The method with nothing on it: the baseline. */
@ApplicationScoped
@Unremovable // looked up by the benchmark, which the container cannot see
public class Bare {

    /** One step of work. */
    public long work(long value) {
        return Work.step(value);
    }
}
