#!/usr/bin/env python3
"""Prints the JMH results of InterceptorBenchmark as a table, with the ratios the targets use."""
import json
import sys


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
    ratios = [
        ("(time - noop) / (handWritten - plain)", "<= 1.1",
         lambda: (ns["time"] - ns["noopInterceptor"]) / (ns["handWritten"] - ns["plain"])),
        ("(timeClassic - noop) / (handWrittenClassic - plain)", "<= 1.1",
         lambda: (ns["timeClassic"] - ns["noopInterceptor"]) / (ns["handWrittenClassic"] - ns["plain"])),
        ("(asyncTime - asyncNoop) / (asyncHandWritten - asyncPlain)", "<= 1.1",
         lambda: (ns["asyncTime"] - ns["asyncNoopInterceptor"]) / (ns["asyncHandWritten"] - ns["asyncPlain"])),
        ("(time - noop) / (handWrittenInterceptor - noop)", "(the interceptor floor)",
         lambda: (ns["time"] - ns["noopInterceptor"]) / (ns["handWrittenInterceptor"] - ns["noopInterceptor"])),
        ("(timeClassic - noop) / (handWrittenInterceptorClassic - noop)", "(the interceptor floor, classic-only)",
         lambda: (ns["timeClassic"] - ns["noopInterceptor"])
         / (ns["handWrittenInterceptorClassic"] - ns["noopInterceptor"])),
        ("stacked / time", "<= 1.5", lambda: ns["stacked"] / ns["time"]),
        ("(micrometerPeer - noop) / (time - noop)", ">= 2",
         lambda: (ns["micrometerPeer"] - ns["noopInterceptor"]) / (ns["time"] - ns["noopInterceptor"])),
        ("(smallRyePeer - noop) / (time - noop)", ">= 5",
         lambda: (ns["smallRyePeer"] - ns["noopInterceptor"]) / (ns["time"] - ns["noopInterceptor"])),
    ]
    print()
    print("| ratio | value | target |")
    print("| --- | ---: | ---: |")
    for label, target, value in ratios:
        try:
            print(f"| {label} | {value():.2f} | {target} |")
        except KeyError:
            pass  # a run of some benchmarks only
    if "timeClassic" in b and "noopInterceptor" in b:
        print(f"| timeClassic B/op - noop B/op | {b['timeClassic'] - b['noopInterceptor']:.0f} | 0 |")


for argument in sys.argv[1:]:
    report(argument)
