package dev.promcdi.benchmarks.quarkus;

import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs {@link TimingBenchmark} inside the started application: JMH without a fork (the
 * application's JVM is the fork), warmed up once, then in cycles, each benchmark for one second
 * per cycle in a new random order, as {@code benchmarks/cycles.py} does on the Jakarta EE side:
 * the machines here drift in speed over tens of seconds, so each ratio is taken from the median
 * scores over the cycles, with a 95 % interval from resampling whole cycles. Prints the ratios of
 * promcdi's overhead to {@code @Timed}'s and exits. Argument: the number of cycles (default 20).
 */
@QuarkusMain
public class BenchmarkMain implements QuarkusApplication {

    private static final List<String> BENCHMARKS = List.of("bare", "promcdiTime", "micrometerTimed",
            "micrometerTimedHistogram");

    @Override
    public int run(String... arguments) throws Exception {
        int cycles = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 20;
        for (String benchmark : BENCHMARKS) {
            measure(benchmark, 5);
        }
        Random random = new Random(1);
        List<Map<String, Double>> scores = new ArrayList<>();
        for (int cycle = 0; cycle < cycles; cycle++) {
            List<String> order = new ArrayList<>(BENCHMARKS);
            Collections.shuffle(order, random);
            Map<String, Double> cycleScores = new HashMap<>();
            for (String benchmark : order) {
                cycleScores.put(benchmark, measure(benchmark, 0));
            }
            scores.add(cycleScores);
            System.out.println("CYCLE " + cycle + " " + cycleScores);
        }
        report("(promcdiTime - bare) / (micrometerTimed - bare)", scores,
                ns -> (ns.get("promcdiTime") - ns.get("bare")) / (ns.get("micrometerTimed") - ns.get("bare")));
        report("(promcdiTime - bare) / (micrometerTimedHistogram - bare)", scores,
                ns -> (ns.get("promcdiTime") - ns.get("bare")) / (ns.get("micrometerTimedHistogram") - ns.get("bare")));
        for (String benchmark : BENCHMARKS) {
            System.out.printf(Locale.ROOT, "MEDIAN %s %.1f ns/op%n", benchmark, median(scores, benchmark));
        }
        return 0;
    }

    /** One benchmark's score in ns/op: one measured second after {@code warmups} seconds. */
    private static double measure(String benchmark, int warmups) throws RunnerException {
        Options options = new OptionsBuilder().include(TimingBenchmark.class.getName() + "\\." + benchmark + "$")
                .forks(0).threads(1).warmupIterations(warmups).warmupTime(TimeValue.seconds(1))
                .measurementIterations(1).measurementTime(TimeValue.seconds(1)).verbosity(VerboseMode.SILENT).build();
        return new Runner(options).runSingle().getPrimaryResult().getScore();
    }

    private static void report(String name, List<Map<String, Double>> scores,
            ToDoubleFunction<Map<String, Double>> ratio) {
        Random random = new Random(2);
        int resamples = 2000;
        double[] estimates = new double[resamples];
        for (int i = 0; i < resamples; i++) {
            List<Map<String, Double>> draw = new ArrayList<>();
            for (int j = 0; j < scores.size(); j++) {
                draw.add(scores.get(random.nextInt(scores.size())));
            }
            estimates[i] = ratio.applyAsDouble(medians(draw));
        }
        Arrays.sort(estimates);
        System.out.printf(Locale.ROOT, "RATIO %s = %.2f (95 %% CI %.2f-%.2f, %d cycles)%n", name,
                ratio.applyAsDouble(medians(scores)), estimates[(int) (0.025 * resamples)],
                estimates[(int) (0.975 * resamples) - 1], scores.size());
    }

    private static Map<String, Double> medians(List<Map<String, Double>> scores) {
        Map<String, Double> medians = new HashMap<>();
        BENCHMARKS.forEach(benchmark -> medians.put(benchmark, median(scores, benchmark)));
        return medians;
    }

    private static double median(List<Map<String, Double>> scores, String benchmark) {
        double[] values = scores.stream().mapToDouble(cycle -> cycle.get(benchmark)).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
