#!/usr/bin/env python3
"""In-process steady-state timings of the Python peers; prints one JSON line.

    steady.py latency    --system st|ort --model DIR [--onnx FILE] --text T --runs N [--warmup W]
    steady.py throughput --system st|ort --model DIR [--onnx FILE] --corpus FILE [--limit K]
                         --batch-size 32 --runs N

Both peers use 2 threads. latency: one text per call, tokenization included, median of N calls after
W warm-up calls. throughput: the corpus in length-sorted batches (sentence-transformers sorts inside
encode(); ORT sorts by token count in ort_embed.py), texts/s, median of N passes after one warm-up
batch. Timer: time.perf_counter_ns.
"""
import argparse
import json
import os
import pathlib
import statistics
import sys
import time

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
THREADS = 2


def load(system: str, model: str, onnx: str | None):
    """Returns embed(texts, batch_size) for the chosen peer."""
    if system == "st":
        import torch
        from sentence_transformers import SentenceTransformer
        torch.set_num_threads(THREADS)
        st = SentenceTransformer(model, device="cpu")
        return lambda texts, bs: st.encode(texts, batch_size=bs, convert_to_numpy=True,
                                           show_progress_bar=False)
    if system == "ort":
        sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
        from ort_embed import OrtEmbedder
        ort = OrtEmbedder(model, onnx, threads=THREADS)
        return ort.embed
    raise SystemExit(f"unknown system {system}")


def quantile(xs, q):
    s = sorted(xs)
    return s[min(len(s) - 1, int(q * len(s)))]


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("bench", choices=["latency", "throughput"])
    p.add_argument("--system", required=True, choices=["st", "ort"])
    p.add_argument("--model", required=True)
    p.add_argument("--onnx")
    p.add_argument("--text")
    p.add_argument("--corpus")
    p.add_argument("--limit", type=int, default=0)
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--runs", type=int, required=True)
    p.add_argument("--warmup", type=int, default=20)
    a = p.parse_args()
    embed = load(a.system, a.model, a.onnx)

    if a.bench == "latency":
        for _ in range(a.warmup):
            embed([a.text], 1)
        ms = []
        for _ in range(a.runs):
            t0 = time.perf_counter_ns()
            v = embed([a.text], 1)
            ms.append((time.perf_counter_ns() - t0) / 1e6)
        assert v.shape == (1, 384)
        out = {"bench": "latency", "system": a.system, "median_ms": statistics.median(ms),
               "p10_ms": quantile(ms, 0.1), "p90_ms": quantile(ms, 0.9), "min_ms": min(ms),
               "runs": a.runs, "threads": THREADS}
    else:
        with open(a.corpus, encoding="utf-8") as f:
            texts = [json.loads(line)["text"] for line in f if line.strip()]
        if a.limit:
            texts = texts[:a.limit]
        embed(texts[:a.batch_size], a.batch_size)  # warm-up
        secs = []
        for _ in range(a.runs):
            t0 = time.perf_counter_ns()
            v = embed(texts, a.batch_size)
            secs.append((time.perf_counter_ns() - t0) / 1e9)
        assert v.shape == (len(texts), 384)
        s = statistics.median(secs)
        out = {"bench": "throughput", "system": a.system, "texts": len(texts),
               "batch_size": a.batch_size, "median_s": s, "texts_per_s": len(texts) / s,
               "runs": a.runs, "threads": THREADS}
    print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
