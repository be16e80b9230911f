#!/usr/bin/env python3
"""The industry model's two performance targets, measured on this machine (Benchmarks/README.md):

1. routing overhead: p50 of the industry model's whole answer minus the answering expert's own time,
   warm, over the free-text requests of a request file (BaguiBench route);
2. `bagui ask` from process start to exit with its answer, cold process, warm page cache: median of
   several runs per question (only the bundles a question needs are loaded).

Writes the "Industry model" section of Benchmarks/RESULTS.md in place (between its markers) and
prints the figures. Standard library only.

    python3 Benchmarks/industry.py [--runs 11] [--requests Models/industry-router/heldout.jsonl]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from datetime import datetime, timezone

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BEGIN, END = "<!-- industry:begin -->", "<!-- industry:end -->"
QUESTIONS = [
    ("sugar, zh", ["甘蔗顶端长出黑色的鞭子，上面有黑粉"]),
    ("medical, vi", ["đột ngột méo miệng, nói ngọng, yếu tay phải"]),
    ("out of scope, en", ["what is the best smartphone to buy this year?"]),
    ("yield features", ["--features", "@" + os.path.join(ROOT, "Benchmarks", "out", "yield-features.json")]),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=11)
    ap.add_argument("--requests", default=os.path.join(ROOT, "Models", "industry-router", "heldout.jsonl"))
    ap.add_argument("--limit", type=int, default=120, help="requests of the file used for the overhead figure")
    args = ap.parse_args()
    bagui = os.path.join(ROOT, ".build", "release", "bagui")
    bench = os.path.join(ROOT, ".build", "release", "BaguiBench")
    models = os.path.join(ROOT, "Models")
    os.makedirs(os.path.join(ROOT, "Benchmarks", "out"), exist_ok=True)
    golden = json.load(open(os.path.join(models, "sugarcane-yield", "golden.json")))
    json.dump(golden["cases"][0]["input"], open(os.path.join(ROOT, "Benchmarks", "out", "yield-features.json"), "w"))
    requests = os.path.join(ROOT, "Benchmarks", "out", "route-requests.jsonl")
    with open(args.requests) as f, open(requests, "w") as out:
        lines = [l for l in f if l.strip()]
        step = max(1, len(lines) // args.limit)
        out.writelines(lines[::step][: args.limit])

    load = os.getloadavg()
    route = json.loads(subprocess.run([bench, "route", "--models", models, "--requests", requests, "--runs", "15"],
                                      check=True, capture_output=True, text=True).stdout)
    cold = []
    for label, argv in QUESTIONS:
        cmd = [bagui, "ask", "--models", models, "--json"] + argv
        subprocess.run(cmd, check=True, capture_output=True)  # prime the page cache
        times, answer = [], None
        for _ in range(args.runs):
            start = time.perf_counter()
            done = subprocess.run(cmd, check=True, capture_output=True, text=True)
            times.append((time.perf_counter() - start) * 1000)
            answer = json.loads(done.stdout)
        cold.append((label, statistics.median(times), min(times), max(times), answer["domain"], answer["expert"]))
    load_after = os.getloadavg()

    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    rows = "\n".join(f"| {l} | {m:.0f} ms | {lo:.0f}–{hi:.0f} | {d} | {e or '—'} |" for l, m, lo, hi, d, e in cold)
    worst = max(c[1] for c in cold)
    section = f"""{BEGIN}
## Industry model ({stamp}, commit {commit})

`python3 Benchmarks/industry.py` (release build; load average {load[0]:.1f} before, {load_after[0]:.1f} after:
{'a busy machine, figures are pessimistic' if load[0] > 1.5 else 'quiet'}).

**Routing overhead** (`BaguiBench route`, {route['requests']} free-text requests from `{os.path.relpath(args.requests, ROOT)}`,
{route['runs']} warm runs each; overhead = median whole answer − median of the answering expert's own
`predict` on the same text; the router's forward pass and the red-flag screen are the overhead):

| p50 whole answer | p50 expert alone | p50 overhead | p90 overhead | p50 `routingMs` reported | target |
|---|---|---|---|---|---|
| {route['ask_p50_ms']:.2f} ms | {route['expert_p50_ms']:.2f} ms | **{route['overhead_p50_ms']:.2f} ms** | {route['overhead_p90_ms']:.2f} ms | {route['reported_routing_p50_ms']:.2f} ms | ≤ 1 ms — {'met' if route['overhead_p50_ms'] <= 1 else 'not met'} |

**`bagui ask` cold start** (process start to exit with the answer, {args.runs} runs each after one priming run):

| question | median | range | domain | expert |
|---|---|---|---|---|
{rows}

Target ≤ 150 ms: {'met' if worst <= 150 else 'not met'} (slowest median {worst:.0f} ms).
{END}"""
    path = os.path.join(ROOT, "Benchmarks", "RESULTS.md")
    text = open(path).read() if os.path.exists(path) else ""
    if BEGIN in text and END in text:
        text = text[: text.index(BEGIN)] + section + text[text.index(END) + len(END):]
    else:
        text = text.rstrip() + "\n\n" + section + "\n"
    open(path, "w").write(text)
    print(section)


if __name__ == "__main__":
    sys.exit(main())
