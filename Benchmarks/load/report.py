"""Markdown tables from the JSON lines that Benchmarks/load/*.sh record (one wrk run per line).

    python3 report.py RUN.jsonl [--commit SHA] [--root CHECKOUT]
    python3 report.py --brief RESULT_JSON LABEL      (one line on stderr)
"""
import argparse
import json
import platform
import statistics
import sys


def fmt(value, digits=1):
    return "–" if value is None else f"{value:.{digits}f}"


def counts(run):
    statuses = {int(k): v for k, v in run["statuses"].items()}
    ok = sum(v for k, v in statuses.items() if 200 <= k < 300)
    too_many = statuses.get(429, 0)
    other = sum(v for k, v in statuses.items() if not (200 <= k < 300) and k != 429)
    sockets = sum(run["socket_errors"].values())
    return ok, too_many, other, sockets


def table(runs):
    lines = [
        "| test | endpoint | clients | requests | throughput, req/s | 2xx p50, ms | 2xx p99, ms | 429 | other non-2xx | socket errors | 429 p50 / p99, ms | load avg (1 min) at end |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for run in runs:
        ok, too_many, other, sockets = counts(run)
        lat = run["latency_ms"]
        okl = lat["2xx"] or {}
        tml = lat["429"]
        lines.append(
            f"| {run['section']} | {run['label']} | {run['concurrency']} | {run['requests']} | {fmt(run['rps'])} "
            f"| {fmt(okl.get('p50'))} | {fmt(okl.get('p99'))} | {too_many} | {other} | {sockets} "
            f"| {fmt(tml['p50'], 2) + ' / ' + fmt(tml['p99'], 2) if tml else '–'} | {run['loadavg'][0]:.2f} |")
    return "\n".join(lines)


def batching(runs):
    on = [r["rps"] for r in runs if r["label"] == "batching-on"]
    off = [r["rps"] for r in runs if r["label"] == "batching-off"]
    if not on or not off:
        return ""
    ratio = statistics.median(on) / statistics.median(off)
    cpu_on = [r["server_cpu_ms_per_request"] for r in runs if r["label"] == "batching-on" and "server_cpu_ms_per_request" in r]
    cpu_off = [r["server_cpu_ms_per_request"] for r in runs if r["label"] == "batching-off" and "server_cpu_ms_per_request" in r]
    cpu = ""
    if cpu_on and cpu_off:
        cpu = (f" Server CPU time (user + system, /proc/PID/stat) per request: median {statistics.median(cpu_on):.1f} ms with "
               f"batching, {statistics.median(cpu_off):.1f} ms without ({statistics.median(cpu_off) / statistics.median(cpu_on):.2f}× less with batching).")
    return (f"\nBatching on / off at {runs[0]['concurrency']} clients: median {statistics.median(on):.1f} req/s "
            f"(runs: {', '.join(f'{x:.1f}' for x in on)}) / median {statistics.median(off):.1f} req/s "
            f"(runs: {', '.join(f'{x:.1f}' for x in off)}) = **{ratio:.2f}×**.{cpu}\n")


def brief(run, label):
    """One line for the terminal while a script runs."""
    ok = run["latency_ms"]["2xx"] or {}
    return (f"  {label}: {run['rps']:.1f} req/s, statuses {run['statuses']}, socket errors "
            f"{sum(run['socket_errors'].values())}, 2xx p50 {fmt(ok.get('p50'))} ms, p99 {fmt(ok.get('p99'))} ms, "
            f"load {run['loadavg'][0]:.2f}")


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--brief":
        print(brief(json.loads(sys.argv[2]), sys.argv[3]), file=sys.stderr)
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("jsonl")
    parser.add_argument("--commit", default="unknown")
    parser.add_argument("--root", default=None, help="the checkout, shown as . in server arguments")
    args = parser.parse_args()
    runs = [json.loads(line) for line in open(args.jsonl) if line.strip()]
    print(f"- Commit `{args.commit}`; {platform.node()} ({platform.machine()}), Linux {platform.release()}")
    args_seen = []
    for run in runs:
        entry = (run["section"], run["server_args"], run.get("blas_threads", "default"))
        if entry not in args_seen:
            args_seen.append(entry)
    for section, server_args, blas in args_seen:
        shown = server_args.replace(args.root + "/", "") if args.root else server_args
        env = "" if blas == "default" else f"BAGUI_BLAS_THREADS={blas} "
        print(f"- `{section}`: `{env}bagui serve --host 127.0.0.1 {shown}`")
    print()
    print(table(runs))
    text = batching([r for r in runs if r["section"] == "batching"])
    if text:
        print(text)


if __name__ == "__main__":
    main()
