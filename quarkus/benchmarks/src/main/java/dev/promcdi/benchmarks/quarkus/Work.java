package dev.promcdi.benchmarks.quarkus;

/** The method every variant runs: a little arithmetic, which JMH cannot fold away. */
final class Work {

    private Work() {
    }

    static long step(long value) {
        return value * 0x9E3779B97F4A7C15L + 7;
    }
}
