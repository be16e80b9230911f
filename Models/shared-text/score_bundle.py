"""Scores an exported text-classifier bundle on rendered JSONL splits, without training: accuracy, macro-F1 and ECE
(at the bundle's shipped temperature), recall per label, accuracy per language, and the accuracy's standard deviation
over 2,000 cluster-bootstrap resamples (a cluster: the rows of one concept set and language, which share phrasings, so
rows are not independent). Used to compare an edition, or an experiment's bundle, on a split its recipe run did not
render (e.g. the router's fresh2 on an older edition), and to say how much an accuracy's last digits mean.

Usage: score_bundle.py BUNDLE_DIR SPLIT.jsonl [SPLIT.jsonl ...]   (run with the recipe's venv: torch, tokenizers)
"""
import json
import os
import sys

import numpy as np
from tokenizers import Tokenizer

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bundle as B  # noqa: E402
import textclf as T  # noqa: E402


def main(bundle_dir, split_paths):
    cfg = json.load(open(os.path.join(bundle_dir, "config.json"), encoding="utf-8"))
    labels = [cfg["id2label"][str(i)] for i in range(cfg["num_labels"])]
    manifest = json.load(open(os.path.join(bundle_dir, "manifest.json"), encoding="utf-8"))
    temperature = manifest.get("preprocessing", {}).get("temperature", 1.0)
    tok = Tokenizer.from_file(os.path.join(bundle_dir, "tokenizer.json"))
    pad_id = tok.token_to_id("<pad>")
    model = B.reload(bundle_dir, labels)
    for path in split_paths:
        rows = T.load_jsonl(path)
        probs = T.softmax(T.logits_for(model, tok, [r["text"] for r in rows], pad_id) / temperature)
        m, y = B.evaluate(rows, probs, labels)
        pred = probs.argmax(1)
        recall = {l: round(float((pred[y == i] == i).mean()), 4) for i, l in enumerate(labels) if (y == i).any()}
        clusters = {}
        for i, r in enumerate(rows):
            clusters.setdefault((tuple(r.get("concepts", [])), r["lang"]), []).append(i)
        right = (pred == y).astype(float)
        sums = np.array([right[c].sum() for c in clusters.values()])
        sizes = np.array([len(c) for c in clusters.values()])
        picks = np.random.default_rng(0).integers(0, len(sizes), (2000, len(sizes)))
        boot = sums[picks].sum(1) / sizes[picks].sum(1)
        print(json.dumps({"split": os.path.basename(path), "bundle": f"{manifest['name']}@{manifest['version']}",
                          "overall": m["overall"], "right": int(right.sum()), "clusters": len(sizes),
                          "bootstrapSd": round(float(boot.std()), 4), "recallPerLabel": recall,
                          "accuracyPerLanguage": {l: v["accuracy"] for l, v in m["perLanguage"].items()}},
                         ensure_ascii=False))


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
