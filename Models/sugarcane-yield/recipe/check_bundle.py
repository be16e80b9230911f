"""Independent check of the exported bundle, without PyTorch: SHA-256 of every listed file, weight names,
dtypes and shapes against config.json, and every golden case recomputed in numpy from the manifest's
preprocessing (the same steps Swift must do: encode inputs in featureOrder, standardise, run the MLP,
de-standardise).

    python check_bundle.py --bundle ..
"""
import argparse
import hashlib
import json
import math
import os

import numpy as np
from safetensors.numpy import load_file


def gelu(x):
    # exact (erf) GELU, PyTorch's default
    return 0.5 * x * (1.0 + np.vectorize(math.erf)(x / math.sqrt(2.0)))


def encode(inp, manifest):
    specs = {s["name"]: s for s in manifest["inputs"]}
    for name, spec in specs.items():
        v = inp[name]
        if spec["type"] == "category":
            assert v in spec["values"], (name, v)
        else:
            assert spec["range"][0] <= v <= spec["range"][1], (name, v, spec["range"])
    feats = []
    for name in manifest["preprocessing"]["featureOrder"]:
        if "=" in name:
            col, val = name.split("=", 1)
            feats.append(1.0 if inp[col] == val else 0.0)
        else:
            feats.append(float(inp[name]))
    return np.array(feats, dtype=np.float64)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bundle", required=True)
    a = ap.parse_args()
    b = os.path.abspath(a.bundle)
    manifest = json.load(open(os.path.join(b, "manifest.json")))
    for fname, digest in manifest["files"].items():
        got = hashlib.sha256(open(os.path.join(b, fname), "rb").read()).hexdigest()
        assert got == digest, f"sha256 mismatch for {fname}"
    config = json.load(open(os.path.join(b, "config.json")))
    assert config["model_type"] == manifest["architecture"] == "bagui-mlp"
    w = load_file(os.path.join(b, "model.safetensors"))
    sizes = [config["input_size"]] + config["hidden_sizes"] + [config["output_size"]]
    assert len(w) == 2 * (len(sizes) - 1), sorted(w)
    for i in range(len(sizes) - 1):
        assert w[f"layers.{i}.weight"].dtype == np.float32 and w[f"layers.{i}.weight"].shape == (sizes[i + 1], sizes[i])
        assert w[f"layers.{i}.bias"].dtype == np.float32 and w[f"layers.{i}.bias"].shape == (sizes[i + 1],)
    pre = manifest["preprocessing"]
    assert len(pre["featureOrder"]) == len(pre["featureMean"]) == len(pre["featureStd"]) == config["input_size"]
    mean, std = np.array(pre["featureMean"]), np.array(pre["featureStd"])
    golden = json.load(open(os.path.join(b, "golden.json")))
    assert len(golden["cases"]) >= 8
    worst = 0.0
    for case in golden["cases"]:
        x = ((encode(case["input"], manifest) - mean) / std).astype(np.float32)
        for i in range(len(sizes) - 1):
            x = w[f"layers.{i}.weight"].astype(np.float64) @ x + w[f"layers.{i}.bias"]
            if i < len(sizes) - 2:
                x = gelu(x) if config["activation"] == "gelu" else np.maximum(x, 0)
        raw = float(x[0])
        out = raw * pre["targetStd"]["yield_t_ha"] + pre["targetMean"]["yield_t_ha"]
        worst = max(worst, abs(raw - case["raw"][0][0]))
        assert abs(raw - case["raw"][0][0]) <= golden["tolerance"], (raw, case["raw"])
        assert abs(out - case["output"]["yield_t_ha"]) <= golden["tolerance"] * pre["targetStd"]["yield_t_ha"] + 1e-6
    print(f"bundle OK: {len(manifest['files'])} files hashed, {len(golden['cases'])} golden cases, "
          f"max |raw - golden| = {worst:.2e} (tolerance {golden['tolerance']})")


if __name__ == "__main__":
    main()
