"""Writes rules_parity.json: the red-flag rules (red_flags.json, by triage_safety.py) fired on a few thousand corpus
texts, so that make test can check that the Swift rule layer, which is what runs, fires exactly what the figures of
metrics.json were computed with (TriageGoldenTests covers only the bundle's 23 goldens). Texts: every TEST text of the
medical corpus, 1,000 train texts and 500 of the router's non-medical validation texts (seeded draws).

Usage: rules_parity.py DATA_DIR BUNDLE_DIR OUT.json
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "shared-text"))
sys.path.insert(0, HERE)
import build_data as BD  # noqa: E402
import triage_safety as TS  # noqa: E402


def main(data_dir, bundle_dir, out_path):
    safety = TS.Safety(os.path.join(bundle_dir, "red_flags.json"))
    rows = lambda split: [json.loads(line)["text"] for line in open(os.path.join(data_dir, f"{split}.jsonl"), encoding="utf-8")]
    rng = random.Random(20261203)
    router, _ = BD.router_samples(20261129)
    others = [r["text"] for r in router if r["split"] == "val" and r["label"] != "medical"]
    texts = rows("test") + rng.sample(rows("train"), 1000) + rng.sample(others, 500)
    cases = [{"text": t, "fired": [r["id"] for r in safety.fired_rules(t)]} for t in dict.fromkeys(texts)]
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump({"redFlags": json.load(open(os.path.join(bundle_dir, "red_flags.json"), encoding="utf-8"))["version"],
                   "cases": cases}, f, ensure_ascii=False, indent=0)
        f.write("\n")
    print(f"rules parity: {len(cases)} texts, {sum(bool(c['fired']) for c in cases)} fire a rule -> {out_path}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
