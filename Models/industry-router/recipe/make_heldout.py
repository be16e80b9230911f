"""Writes Models/industry-router/heldout.jsonl: a routing set for the composed industry model, drawn only from
the router's TEST split (held-out frames x test-only phrasings; never seen in training, validation or by the
tokenizer).

Usage: make_heldout.py DATA_DIR OUT.jsonl [--per-cell 20] [--per-unsupported 5] [--seed 20261201]

One JSON object per line: {"text", "domain": sugar|ev|medical|out_of_scope, "language": zh|en|vi|th|id|ms|mixed|
ko|ar|hi|ru|ja}. Balanced: `per-cell` lines for every (domain, language) of the six supported languages and
`mixed`, plus `per-unsupported` out_of_scope lines per unsupported script. Inside a cell, lines are drawn
round-robin over concepts (so no single concept dominates), texts are unique, and any test text that also occurs
verbatim in train.jsonl or val.jsonl is dropped (it would not be held out). Deterministic for a given split.
Not a bundle file: it is not listed in the manifest's `files`.
"""
import argparse
import json
import os
import random

DOMAINS = ["sugar", "ev", "medical", "out_of_scope"]
LANGS = ["zh", "en", "vi", "th", "id", "ms", "mixed"]


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("out")
    ap.add_argument("--per-cell", type=int, default=20)
    ap.add_argument("--per-unsupported", type=int, default=5)
    ap.add_argument("--seed", type=int, default=20261201)
    a = ap.parse_args()
    seen = {r["text"] for s in ("train", "val") for r in load(os.path.join(a.data, f"{s}.jsonl"))}
    test = load(os.path.join(a.data, "test.jsonl"))
    cells = {}
    dropped = 0
    uniq = set()
    for r in test:
        assert r["split"] == "test", r
        if r["text"] in seen:
            dropped += 1
            continue
        if r["text"] in uniq:
            continue
        uniq.add(r["text"])
        cells.setdefault((r["label"], r["lang"]), {}).setdefault(r["concepts"][0], []).append(r)
    rng = random.Random(a.seed)
    out, short = [], []
    keys = [(d, l) for d in DOMAINS for l in LANGS]
    keys += [("out_of_scope", l) for l in sorted({l for (_, l) in cells} - set(LANGS))]
    for key in keys:
        n = a.per_cell if key[1] in LANGS else a.per_unsupported
        by_concept = cells.get(key, {})
        pools = []
        for cid in sorted(by_concept):
            p = list(by_concept[cid])
            rng.shuffle(p)
            pools.append(p)
        rng.shuffle(pools)
        picked = []
        while len(picked) < n and any(pools):
            for p in pools:
                if p and len(picked) < n:
                    picked.append(p.pop())
        if len(picked) < n:
            short.append(f"{key[0]}/{key[1]}: {len(picked)} of {n}")
        out += [{"text": r["text"], "domain": r["label"], "language": r["lang"]} for r in picked]
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"heldout: {len(out)} lines from {len(test)} test samples ({dropped} dropped as seen in train/val)"
          + (f"; short cells: {', '.join(short)}" if short else ""))


if __name__ == "__main__":
    main()
