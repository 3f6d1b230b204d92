package dev.promcdi.benchmarks.quarkus;

import dev.promcdi.Time;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;

/** The method with promcdi's {@code @Time}: a classic histogram with the default buckets. */
@ApplicationScoped
@Unremovable // looked up by the benchmark, which the container cannot see
public class PromcdiTimed {

    /** One step of work. */
    @Time("benchmark_work_seconds")
    public long work(long value) {
        return Work.step(value);
    }
}
