#!/usr/bin/env python3
"""Settles the ratio targets on a machine whose speed drifts.

JMH runs each benchmark's forks one after the other, so on a virtual machine whose speed drifts
over tens of seconds two benchmarks of one run can see different machines. This script runs the
benchmarks the ratios need in short single-fork runs, cycle after cycle, in a new random order
each cycle, and reports each ratio computed from the benchmarks' median scores over the cycles,
with a 95 % confidence interval from resampling whole cycles (so a slow cycle weighs on every
benchmark of the ratio alike).

Usage: benchmarks/cycles.py [cycles] [threads] [benchmarks]   (about 90 s per cycle on 2 cores)
       benchmarks, comma-separated, default all that the ratios use; ratios that lack one are left out
       benchmarks/cycles.py --report target/results/cycles-t1.json   (the report of a past run)
       benchmarks/cycles.py --compare OTHER.jar [cycles] [benchmarks]   (this build against another,
       each benchmark run on both in every cycle, in a new random order)
"""
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile

from ratios import RATIOS

HERE = os.path.dirname(os.path.abspath(__file__))
JAR = os.path.join(HERE, "target", "benchmarks.jar")
SETTINGS = ["-f", "1", "-wi", "2", "-w", "1s", "-i", "3", "-r", "1s"]

BENCHMARKS = ["plain", "handWritten", "handWrittenClassic", "noopInterceptor", "handWrittenInterceptor",
              "handWrittenInterceptorClassic", "time", "timeClassic", "asyncPlain", "asyncHandWritten",
              "asyncNoopInterceptor", "asyncTime"]


def run(benchmark, threads, jar=JAR):
    with tempfile.NamedTemporaryFile(suffix=".json") as result:
        jmh = subprocess.run(["java", "-jar", jar, f"InterceptorBenchmark\\.{benchmark}$", *SETTINGS, "-t",
                              str(threads), "-rf", "json", "-rff", result.name],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if jmh.returncode != 0:
            sys.exit(f"JMH failed on {benchmark} (exit {jmh.returncode}):\n{jmh.stdout}")
        return json.load(open(result.name))[0]["primaryMetric"]["score"]


def of_medians(ratio, cycles):
    return ratio({benchmark: statistics.median(ns[benchmark] for ns in cycles) for benchmark in cycles[0]})


def with_interval(ratio, cycles, resamples=2000):
    """The ratio of the median scores, and a 95 % percentile-bootstrap interval over the cycles."""
    draw = random.Random(1)  # the same interval for the same scores
    estimates = sorted(of_medians(ratio, draw.choices(cycles, k=len(cycles))) for _ in range(resamples))
    return of_medians(ratio, cycles), estimates[int(0.025 * resamples)], estimates[int(0.975 * resamples) - 1]


def report(scores, description):
    print(f"\n{description}\n")
    print("| ratio (of the median scores) | value | 95 % CI | target |")
    print("| --- | ---: | ---: | --- |")
    for label, target, ratio in RATIOS:
        try:
            value, lower, upper = with_interval(ratio, scores)
        except KeyError:
            continue  # a run of some benchmarks only
        print(f"| {label} | {value:.2f} | {lower:.2f}-{upper:.2f} | {target} |")
    print("\n| benchmark | median ns/op |")
    print("| --- | ---: |")
    for benchmark in scores[0]:
        print(f"| {benchmark} | {statistics.median(ns[benchmark] for ns in scores):.1f} |")


def compare(other, cycles, benchmarks):
    """Each benchmark on this build and on `other` in every cycle; the median of the per-cycle differences."""
    raw = os.path.join(HERE, "target", "results", "compare.json")
    builds = {"this": JAR, "other": other}
    runs = [(benchmark, build) for benchmark in benchmarks for build in builds]
    scores = []
    for cycle in range(cycles):
        ns = {benchmark: {} for benchmark in benchmarks}
        for benchmark, build in random.sample(runs, len(runs)):
            ns[benchmark][build] = run(benchmark, 1, builds[build])
        scores.append(ns)
        json.dump(scores, open(raw, "w"), indent=1)
        print(f"cycle {cycle + 1} of {cycles} done", flush=True)
    print(f"\n{cycles} cycles, 1 thread, this build against {other}; raw scores in {raw}\n")
    print("| benchmark | this build, median ns/op | other, median ns/op | median difference | this faster in |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for benchmark in benchmarks:
        this = [cycle[benchmark]["this"] for cycle in scores]
        that = [cycle[benchmark]["other"] for cycle in scores]
        faster = sum(a < b for a, b in zip(this, that))
        print(f"| {benchmark} | {statistics.median(this):.1f} | {statistics.median(that):.1f} "
              f"| {statistics.median(a - b for a, b in zip(this, that)):+.1f} | {faster} of {cycles} |")


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--report":
        report(json.load(open(sys.argv[2])), f"From {sys.argv[2]}")
        return
    os.makedirs(os.path.join(HERE, "target", "results"), exist_ok=True)
    if len(sys.argv) > 2 and sys.argv[1] == "--compare":
        cycles = int(sys.argv[3]) if len(sys.argv) > 3 else 8
        compare(sys.argv[2], cycles, sys.argv[4].split(",") if len(sys.argv) > 4 else ["time", "timeClassic"])
        return
    cycles = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    threads = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    benchmarks = sys.argv[3].split(",") if len(sys.argv) > 3 else BENCHMARKS
    raw = os.path.join(HERE, "target", "results", f"cycles-t{threads}.json")
    scores = []
    for cycle in range(cycles):
        order = random.sample(benchmarks, len(benchmarks))
        ns = {benchmark: run(benchmark, threads) for benchmark in order}
        scores.append(ns)
        json.dump(scores, open(raw, "w"), indent=1)
        print(f"cycle {cycle + 1} of {cycles} done", flush=True)
    report(scores, f"{cycles} cycles, {threads} thread(s), JMH {' '.join(SETTINGS)} per benchmark; raw scores in {raw}")


if __name__ == "__main__":
    main()
