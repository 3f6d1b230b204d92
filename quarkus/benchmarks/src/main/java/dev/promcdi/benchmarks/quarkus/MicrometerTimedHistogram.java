package dev.promcdi.benchmarks.quarkus;

import io.micrometer.core.annotation.Timed;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;

/** Micrometer's {@code @Timed} with a histogram, as promcdi's {@code @Time} always has one. */
@ApplicationScoped
@Unremovable // looked up by the benchmark, which the container cannot see
public class MicrometerTimedHistogram {

    /** One step of work. */
    @Timed(value = "benchmark.work.histogram", histogram = true)
    public long work(long value) {
        return Work.step(value);
    }
}
