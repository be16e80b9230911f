"""Trains the example bundle `cassava-starch`: a tiny MLP for the starch content (% of fresh root
weight) of a cassava harvest, to show how a third party ships a domain for Bagui from its own package.

The data are SYNTHETIC, drawn from an illustrative relation, not from field trials or a simulator:
starch rises with the crop's age at harvest to a plateau near 10-12 months (a shape reported for
cassava in Guangxi and Thailand; e.g. Sagrilo et al., Sci. Agric. 2002, on harvest age and starch),
drops after heavy rain in the month before harvest (roots take up water), and differs by variety
group. Do not use its numbers for decisions.

    python train.py --bundle ..     # writes config.json, model.safetensors, golden.json, manifest.json
"""
import argparse
import hashlib
import json
import math
import os

import numpy as np
import torch
from safetensors.torch import save_file

SEED = 20261201
VARIETIES = ["SC5", "SC8", "KU50"]          # common Guangxi / Thai variety groups
VARIETY_EFFECT = {"SC5": 0.0, "SC8": 1.2, "KU50": 2.0}


def starch(age, rain, variety, rng):
    plateau = 29.0 + VARIETY_EFFECT[variety]
    rise = plateau * (1 - math.exp(-(age - 5.0) / 2.5))
    wet = 0.012 * max(rain - 120.0, 0.0)
    return max(rise - wet + rng.normal(0, 0.6), 8.0)


def encode(age, rain, variety):
    return [age, rain] + [1.0 if variety == v else 0.0 for v in VARIETIES]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bundle", required=True)
    args = ap.parse_args()
    rng = np.random.default_rng(SEED)
    torch.manual_seed(SEED)
    rows, targets = [], []
    for _ in range(3000):
        age = float(rng.uniform(6, 14)); rain = float(rng.uniform(0, 400)); variety = VARIETIES[int(rng.integers(0, 3))]
        rows.append(encode(age, rain, variety)); targets.append(starch(age, rain, variety, rng))
    x = np.array(rows, dtype=np.float64); y = np.array(targets, dtype=np.float64)
    mean, std = x.mean(0), x.std(0)
    std[std == 0] = 1
    t_mean, t_std = float(y.mean()), float(y.std())
    xs = torch.tensor((x - mean) / std, dtype=torch.float32); ys = torch.tensor((y - t_mean) / t_std, dtype=torch.float32)[:, None]
    train, test = slice(0, 2500), slice(2500, 3000)
    net = torch.nn.Sequential(torch.nn.Linear(5, 16), torch.nn.ReLU(), torch.nn.Linear(16, 1))
    opt = torch.optim.Adam(net.parameters(), lr=0.01)
    for _ in range(400):
        opt.zero_grad(); loss = torch.nn.functional.mse_loss(net(xs[train]), ys[train]); loss.backward(); opt.step()
    with torch.no_grad():
        pred = net(xs[test]).numpy()[:, 0] * t_std + t_mean
    mae = float(np.abs(pred - y[test]).mean())
    r2 = float(1 - ((pred - y[test]) ** 2).sum() / ((y[test] - y[test].mean()) ** 2).sum())

    b = args.bundle
    config = {"model_type": "bagui-mlp", "input_size": 5, "hidden_sizes": [16], "output_size": 1, "activation": "relu"}
    json.dump(config, open(os.path.join(b, "config.json"), "w"), indent=2)
    save_file({"layers.0.weight": net[0].weight.detach().contiguous(), "layers.0.bias": net[0].bias.detach().contiguous(),
               "layers.1.weight": net[2].weight.detach().contiguous(), "layers.1.bias": net[2].bias.detach().contiguous()},
              os.path.join(b, "model.safetensors"))
    cases = []
    for age, rain, variety in [(6.5, 50, "SC5"), (10, 80, "SC8"), (12, 300, "KU50"), (8, 150, "KU50"), (13.5, 20, "SC8"), (9, 220, "SC5")]:
        feats = (np.array(encode(age, rain, variety)) - mean) / std
        with torch.no_grad():
            raw = float(net(torch.tensor(feats, dtype=torch.float32)[None])[0, 0])
        cases.append({"input": {"harvest_age_months": age, "rain_last_month_mm": rain, "variety": variety},
                      "raw": [[raw]], "output": {"starch_percent": raw * t_std + t_mean}})
    json.dump({"cases": cases, "tolerance": 1e-4}, open(os.path.join(b, "golden.json"), "w"), indent=1)
    grades = {"schema": "example.starch-grades/1", "source": "illustrative buyer scale for fresh cassava roots (not a standard)",
              "grades": [{"grade": "A", "minStarchPercent": 28}, {"grade": "B", "minStarchPercent": 25}, {"grade": "C", "minStarchPercent": 0}]}
    json.dump(grades, open(os.path.join(b, "grades.json"), "w"), indent=1)

    files = {f: hashlib.sha256(open(os.path.join(b, f), "rb").read()).hexdigest()
             for f in ["config.json", "model.safetensors", "golden.json", "grades.json"]}
    manifest = {
        "schema": "bagui.bundle/1", "name": "cassava-starch", "version": "0.1.0", "domain": "cassava", "task": "regression",
        "description": "Example third-party bundle: starch content of a cassava harvest, graded by its plugin.",
        "architecture": "bagui-mlp", "plugin": "starch-grade",
        "inputs": [
            {"name": "harvest_age_months", "type": "number", "unit": "months", "range": [6, 14], "required": True, "description": "crop age at harvest"},
            {"name": "rain_last_month_mm", "type": "number", "unit": "mm", "range": [0, 400], "required": True, "description": "rain in the month before harvest"},
            {"name": "variety", "type": "category", "values": VARIETIES, "required": True, "description": "variety group"},
        ],
        "outputs": [{"name": "starch_percent", "type": "number", "unit": "%", "description": "starch, % of fresh root weight"}],
        "preprocessing": {"featureOrder": ["harvest_age_months", "rain_last_month_mm"] + [f"variety={v}" for v in VARIETIES],
                          "featureMean": mean.tolist(), "featureStd": std.tolist(),
                          "targetMean": {"starch_percent": t_mean}, "targetStd": {"starch_percent": t_std}, "categoryEncoding": "one-hot"},
        "files": files, "languages": [], "license": "Apache-2.0",
        "intendedUse": "A worked example of adding a domain to Bagui from a separate Swift package; not for decisions.",
        "limits": ["synthetic data from an illustrative relation, not field trials", "inputs outside the ranges are refused"],
        "metrics": {"split": "last 500 of 3,000 synthetic samples", "heldOut": {"r2": round(r2, 4), "maeStarchPercent": round(mae, 3)}},
        "policy": {"dataCategories": ["agronomic"], "processingRegions": ["on-device", "CN", "ASEAN"]},
    }
    json.dump(manifest, open(os.path.join(b, "manifest.json"), "w"), indent=2)
    print(f"held-out R2 {r2:.4f}, MAE {mae:.3f} % starch")


if __name__ == "__main__":
    main()
