package dev.promcdi.benchmarks.quarkus;

import io.quarkus.arc.Arc;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One call of the same method through a client proxy of the running Quarkus application: bare,
 * with promcdi's {@code @Time}, with Micrometer's {@code @Timed}, and with {@code @Timed} and a
 * histogram. The overhead of a binding is its time minus the bare one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TimingBenchmark {

    private Bare bare;
    private PromcdiTimed promcdi;
    private MicrometerTimed micrometer;
    private MicrometerTimedHistogram micrometerHistogram;
    private long value;

    /** Takes the beans of the application JMH runs in. */
    @Setup
    public void beans() {
        bare = Arc.container().instance(Bare.class).get();
        promcdi = Arc.container().instance(PromcdiTimed.class).get();
        micrometer = Arc.container().instance(MicrometerTimed.class).get();
        micrometerHistogram = Arc.container().instance(MicrometerTimedHistogram.class).get();
    }

    /** The method with nothing on it. */
    @Benchmark
    public long bare() {
        return value = bare.work(value);
    }

    /** With promcdi's {@code @Time}. */
    @Benchmark
    public long promcdiTime() {
        return value = promcdi.work(value);
    }

    /** With Micrometer's {@code @Timed}. */
    @Benchmark
    public long micrometerTimed() {
        return value = micrometer.work(value);
    }

    /** With Micrometer's {@code @Timed(histogram = true)}. */
    @Benchmark
    public long micrometerTimedHistogram() {
        return value = micrometerHistogram.work(value);
    }
}
