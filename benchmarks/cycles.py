#!/usr/bin/env python3
"""Settles the ratio targets on a machine whose speed drifts.

JMH runs each benchmark's forks one after the other, so on a virtual machine whose speed drifts
over tens of seconds two benchmarks of one run can see different machines. This script runs the
benchmarks the ratios need in short single-fork runs, cycle after cycle, in a new random order
each cycle, computes every ratio within each cycle, and reports the median of the per-cycle ratios
with its 95 % confidence interval (from order statistics).

Usage: benchmarks/cycles.py [cycles] [threads]   (about 100 s per cycle on 2 cores)
"""
import json
import math
import os
import random
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
JAR = os.path.join(HERE, "target", "benchmarks.jar")
SETTINGS = ["-f", "1", "-wi", "2", "-w", "1s", "-i", "3", "-r", "1s"]

RATIOS = [
    ("(time - noop) / (handWritten - plain)", "<= 1.1",
     lambda ns: (ns["time"] - ns["noopInterceptor"]) / (ns["handWritten"] - ns["plain"])),
    ("(timeClassic - noop) / (handWrittenClassic - plain)", "<= 1.1",
     lambda ns: (ns["timeClassic"] - ns["noopInterceptor"]) / (ns["handWrittenClassic"] - ns["plain"])),
    ("(asyncTime - asyncNoop) / (asyncHandWritten - asyncPlain)", "<= 1.1",
     lambda ns: (ns["asyncTime"] - ns["asyncNoopInterceptor"]) / (ns["asyncHandWritten"] - ns["asyncPlain"])),
    ("(handWrittenInterceptor - noop) / (handWritten - plain)", "(the floor against the target's baseline)",
     lambda ns: (ns["handWrittenInterceptor"] - ns["noopInterceptor"]) / (ns["handWritten"] - ns["plain"])),
    ("(time - noop) / (handWrittenInterceptor - noop)", "(promcdi against the floor)",
     lambda ns: (ns["time"] - ns["noopInterceptor"]) / (ns["handWrittenInterceptor"] - ns["noopInterceptor"])),
]
BENCHMARKS = ["plain", "handWritten", "handWrittenClassic", "noopInterceptor", "handWrittenInterceptor", "time",
              "timeClassic", "asyncPlain", "asyncHandWritten", "asyncNoopInterceptor", "asyncTime"]


def run(benchmark, threads):
    with tempfile.NamedTemporaryFile(suffix=".json") as result:
        subprocess.run(["java", "-jar", JAR, f"InterceptorBenchmark\\.{benchmark}$", *SETTINGS, "-t", str(threads),
                        "-rf", "json", "-rff", result.name], check=True, stdout=subprocess.DEVNULL)
        return json.load(open(result.name))[0]["primaryMetric"]["score"]


def median_with_interval(values):
    ordered = sorted(values)
    n = len(ordered)
    half_width = 0.98 * math.sqrt(n)
    lower = max(0, math.floor(n / 2 - half_width) - 1)
    upper = min(n - 1, math.ceil(n / 2 + 1 + half_width) - 1)
    return statistics.median(ordered), ordered[lower], ordered[upper]


def main():
    cycles = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    threads = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    os.makedirs(os.path.join(HERE, "target", "results"), exist_ok=True)
    raw = os.path.join(HERE, "target", "results", f"cycles-t{threads}.json")
    scores = []
    for cycle in range(cycles):
        order = random.sample(BENCHMARKS, len(BENCHMARKS))
        ns = {benchmark: run(benchmark, threads) for benchmark in order}
        scores.append(ns)
        json.dump(scores, open(raw, "w"), indent=1)
        print(f"cycle {cycle + 1}: " + ", ".join(f"{ratio(ns):.2f}" for _, _, ratio in RATIOS)
              + " (the ratios below, in order)", flush=True)
    print(f"\n{cycles} cycles, {threads} thread(s), JMH {' '.join(SETTINGS)} per benchmark; raw scores in {raw}\n")
    print("| ratio | median | 95 % CI | target |")
    print("| --- | ---: | ---: | --- |")
    for label, target, ratio in RATIOS:
        median, lower, upper = median_with_interval([ratio(ns) for ns in scores])
        print(f"| {label} | {median:.2f} | {lower:.2f}-{upper:.2f} | {target} |")
    print("\n| benchmark | median ns/op |")
    print("| --- | ---: |")
    for benchmark in BENCHMARKS:
        print(f"| {benchmark} | {statistics.median(ns[benchmark] for ns in scores):.1f} |")


if __name__ == "__main__":
    main()
