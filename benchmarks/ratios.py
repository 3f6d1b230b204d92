#!/usr/bin/env python3
"""Prints the JMH results of InterceptorBenchmark as a table, with the ratios the targets use."""
import json
import sys


# Each ratio: its label, its target (or what it shows), and how to compute it from ns/op by benchmark.
RATIOS = [
    ("(time - noop) / (handWritten - plain)", "<= 1.1",
     lambda ns: (ns["time"] - ns["noopInterceptor"]) / (ns["handWritten"] - ns["plain"])),
    ("(timeClassic - noop) / (handWrittenClassic - plain)", "<= 1.1",
     lambda ns: (ns["timeClassic"] - ns["noopInterceptor"]) / (ns["handWrittenClassic"] - ns["plain"])),
    ("(asyncTime - asyncNoop) / (asyncHandWritten - asyncPlain)", "<= 1.1",
     lambda ns: (ns["asyncTime"] - ns["asyncNoopInterceptor"]) / (ns["asyncHandWritten"] - ns["asyncPlain"])),
    ("(handWrittenInterceptor - noop) / (handWritten - plain)", "(the interceptor floor against the target's baseline)",
     lambda ns: (ns["handWrittenInterceptor"] - ns["noopInterceptor"]) / (ns["handWritten"] - ns["plain"])),
    ("(time - noop) / (handWrittenInterceptor - noop)", "(promcdi against the interceptor floor)",
     lambda ns: (ns["time"] - ns["noopInterceptor"]) / (ns["handWrittenInterceptor"] - ns["noopInterceptor"])),
    ("(handWrittenInterceptorClassic - noop) / (handWrittenClassic - plain)", "(the same, classic-only)",
     lambda ns: (ns["handWrittenInterceptorClassic"] - ns["noopInterceptor"]) / (ns["handWrittenClassic"] - ns["plain"])),
    ("(timeClassic - noop) / (handWrittenInterceptorClassic - noop)", "(the same, classic-only)",
     lambda ns: (ns["timeClassic"] - ns["noopInterceptor"])
     / (ns["handWrittenInterceptorClassic"] - ns["noopInterceptor"])),
    ("(uniTime - uniNoop) / (uniHandWritten - uniPlain)", "<= 1.1",
     lambda ns: (ns["uniTime"] - ns["uniNoopInterceptor"]) / (ns["uniHandWritten"] - ns["uniPlain"])),
    ("(monoTime - monoNoop) / (monoHandWritten - monoPlain)", "<= 1.1",
     lambda ns: (ns["monoTime"] - ns["monoNoopInterceptor"]) / (ns["monoHandWritten"] - ns["monoPlain"])),
    ("asyncTimePendingTraced - asyncTimePending (ns)", "(the cost of keeping a current span's trace)",
     lambda ns: ns["asyncTimePendingTraced"] - ns["asyncTimePending"]),
    ("stacked / time", "<= 1.5", lambda ns: ns["stacked"] / ns["time"]),
    ("(micrometerPeer - noop) / (time - noop)", ">= 2",
     lambda ns: (ns["micrometerPeer"] - ns["noopInterceptor"]) / (ns["time"] - ns["noopInterceptor"])),
    ("(smallRyePeer - noop) / (time - noop)", ">= 5",
     lambda ns: (ns["smallRyePeer"] - ns["noopInterceptor"]) / (ns["time"] - ns["noopInterceptor"])),
]


def load(path):
    rows = {}
    for result in json.load(open(path)):
        name = result["benchmark"].rsplit(".", 1)[1]
        primary = result["primaryMetric"]
        alloc = result.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {})
        rows[name] = (primary["score"], primary["scoreError"], alloc.get("score", float("nan")))
    return rows


def report(path):
    rows = load(path)
    threads = json.load(open(path))[0]["threads"]
    print(f"\n### {threads} thread(s): {path}\n")
    print("| benchmark | ns/op | ± | B/op |")
    print("| --- | ---: | ---: | ---: |")
    for name, (score, error, alloc) in rows.items():
        print(f"| {name} | {score:.1f} | {error:.1f} | {alloc:.0f} |")
    ns = {name: values[0] for name, values in rows.items()}
    b = {name: values[2] for name, values in rows.items()}
    print()
    print("| ratio | value | target |")
    print("| --- | ---: | ---: |")
    for label, target, ratio in RATIOS:
        try:
            print(f"| {label} | {ratio(ns):.2f} | {target} |")
        except KeyError:
            pass  # a run of some benchmarks only
    if "timeClassic" in b and "noopInterceptor" in b:
        print(f"| timeClassic B/op - noop B/op | {b['timeClassic'] - b['noopInterceptor']:.0f} | 0 |")


if __name__ == "__main__":
    for argument in sys.argv[1:]:
        report(argument)
