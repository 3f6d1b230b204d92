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
    floor = ns["handWritten"] - ns["plain"]
    floor_classic = ns["handWrittenClassic"] - ns["plain"]
    floor_async = ns["asyncHandWritten"] - ns["asyncPlain"]
    print()
    print("| ratio | value | target |")
    print("| --- | ---: | ---: |")
    print(f"| (time - noop) / (handWritten - plain) | {(ns['time'] - ns['noopInterceptor']) / floor:.2f} | <= 1.1 |")
    print(f"| (timeClassic - noop) / (handWrittenClassic - plain) | "
          f"{(ns['timeClassic'] - ns['noopInterceptor']) / floor_classic:.2f} | <= 1.1 |")
    print(f"| (asyncTime - asyncNoop) / (asyncHandWritten - asyncPlain) | "
          f"{(ns['asyncTime'] - ns['asyncNoopInterceptor']) / floor_async:.2f} | <= 1.1 |")
    print(f"| stacked / time | {ns['stacked'] / ns['time']:.2f} | <= 1.5 |")
    print(f"| (micrometerPeer - noop) / (time - noop) | "
          f"{(ns['micrometerPeer'] - ns['noopInterceptor']) / (ns['time'] - ns['noopInterceptor']):.2f} | >= 2 |")
    if "smallRyePeer" in ns:
        print(f"| (smallRyePeer - noop) / (time - noop) | "
              f"{(ns['smallRyePeer'] - ns['noopInterceptor']) / (ns['time'] - ns['noopInterceptor']):.2f} | >= 5 |")
    print(f"| timeClassic B/op - noop B/op | {b['timeClassic'] - b['noopInterceptor']:.0f} | 0 |")


for argument in sys.argv[1:]:
    report(argument)
