"""Writes manifest.json and the model card README.md of the bundle from recipe/metrics.json (measured by
train.py) and the exported files.  Every number in both comes from metrics.json or the data file.

Usage: export_manifest.py BUNDLE_DIR DATA.npz
"""
import hashlib
import json
import os
import sys

import numpy as np

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import dataset as ds  # noqa: E402

VERSION = "0.1.0"
CHANNELS = [
    {"name": "voltage", "unit": "V", "range": [2.0, 4.5],
     "description": "cell terminal voltage from the BMS sensor"},
    {"name": "current", "unit": "A", "range": [-2.0, 15.0],
     "description": "terminal current, charging positive"},
    {"name": "temperature", "unit": "degC", "range": [-30.0, 110.0],
     "description": "cell surface temperature"},
    {"name": "soc", "unit": "fraction", "range": [-0.2, 1.3],
     "description": "BMS state of charge, 0-1 (coulomb counted against the 5.0 Ah nameplate)"},
]


def sha256(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def r(x, n=3):
    return float(round(x, n))


def main():
    bundle, data_path = sys.argv[1], sys.argv[2]
    m = json.load(open(os.path.join(here, "metrics.json")))
    pre = m["preprocessing"]
    res = m["results"]
    d = np.load(data_path)
    meta = d["meta"]
    cols = [str(c) for c in d["meta_cols"]]
    M = {c: meta[:, i] for i, c in enumerate(cols)}
    soh_all = 100 * M["capacity_ah"] / m["info"]["q_rated_ah"]
    held = {
        "soh_mae_pp": r(res["test"]["soh_mae_pp"]),
        "soh_rmse_pp": r(res["test"]["soh_rmse_pp"]),
        "fault_macro_f1": r(res["test"]["fault_macro_f1"]),
        "fault_accuracy": r(res["test"]["fault_accuracy"]),
        "fault_ece": r(res["test"]["fault_ece"]),
        "test_samples": res["test"]["n"],
    }
    for c in ds.LABELS:
        held[f"fault_f1_{c}"] = r(res["test"]["per_class_f1"][c])
    for k in ("regime", "regime_cold", "regime_hot"):
        if k in res:
            tag = {"regime": "heldout_regime", "regime_cold": "heldout_regime_cold",
                   "regime_hot": "heldout_regime_hot"}[k]
            held[f"{tag}_soh_mae_pp"] = r(res[k]["soh_mae_pp"])
            held[f"{tag}_fault_macro_f1"] = r(res[k]["fault_macro_f1"])
            held[f"{tag}_samples"] = res[k]["n"]
    cells = m["cells"]
    split = (f"Held out by simulated cell (parameter draw): every 4th cell draw (id % 4 == 3) is a test cell, "
             f"never seen in training or calibration ({cells['test']} test cells, {cells['train']} train, "
             f"{cells['val']} validation cells for early stopping and temperature scaling). All runs and "
             f"augmented windows of one cell stay in one split. In-regime test: ambient 15-35 degC like training. "
             f"Held-out regime (heldout_regime_*): the same test cells re-simulated at ambient 0-10 degC (cold) "
             f"or 40-45 degC (hot), outside the training range.")
    manifest = {
        "schema": "bagui.bundle/1",
        "name": "ev-battery-health",
        "version": VERSION,
        "domain": "ev",
        "task": "multitask",
        "description": "State of health (% of rated capacity) and fault class of a Li-ion cell from one CC-CV "
                       "charging segment with its rest; trained on PyBaMM simulations only.",
        "architecture": "bagui-series-encoder",
        "plugin": None,
        "inputs": [{
            "name": "series", "type": "series", "required": True, "length": ds.T_LEN,
            "description": (f"{ds.T_LEN} rows: {ds.N_CC} rows uniform in time over the constant-current phase "
                            f"(from the start of the recording), {ds.N_CV} rows uniform in time over the "
                            f"constant-voltage phase at 4.2 V (to the C/20 cut-off), then {ds.N_REST_OUT} rows "
                            f"uniform over the 30-minute rest that follows; one LG M50-type 21700 cell "
                            f"(5 Ah nameplate)."),
            "channels": [{"name": c["name"], "unit": c["unit"], "range": c["range"],
                          "description": c["description"]} for c in CHANNELS],
        }],
        "outputs": [
            {"name": "soh_percent", "type": "number", "unit": "%",
             "description": "state of health: C/inf capacity as a percentage of the rated capacity "
                            f"({m['info']['q_rated_ah']:.3f} Ah, the nominal fresh cell of the parameter set)"},
            {"name": "fault", "type": "label", "labels": ds.LABELS,
             "description": "fault class; confidence = max of softmax(logits / temperature), calibrated on "
                            "validation cells (see metrics fault_ece)"},
        ],
        "preprocessing": {
            "featureOrder": [c["name"] for c in CHANNELS],
            "featureMean": [float(v) for v in pre["featureMean"]],
            "featureStd": [float(v) for v in pre["featureStd"]],
            "targetMean": {"soh_percent": float(pre["targetMean"])},
            "targetStd": {"soh_percent": float(pre["targetStd"])},
            "temperature": float(m["temperature"]),
        },
        "files": {f: sha256(os.path.join(bundle, f)) for f in ("config.json", "model.safetensors", "golden.json")},
        "languages": [],
        "license": "Apache-2.0",
        "intendedUse": ("Decision support for battery engineers, fleet and BMS developers and second-life "
                        "graders screening charging logs of single Li-ion cells (NMC811/graphite-SiOx, 21700) "
                        "for capacity fade and likely faults; research and prototyping. Trained on simulated "
                        "data: validate on real cells before any safety use."),
        "limits": [
            "Trained on simulated data only (PyBaMM DFN, OKane2022 parameters); real cells, other chemistries "
            "and form factors are out of distribution.",
            "Expects one full CC-CV charge to 4.2 V with a C/20 cut-off followed by a 30-minute rest, "
            "charge current 0.3C-2C, start SOC up to about 50 %.",
            f"Ambient 15-35 degC in training; at 0-10 degC SOH MAE {res['regime_cold']['soh_mae_pp']:.2f} pp and "
            f"fault macro-F1 {res['regime_cold']['fault_macro_f1']:.2f}; at 40-45 degC SOH MAE "
            f"{res['regime_hot']['soh_mae_pp']:.2f} pp and macro-F1 {res['regime_hot']['fault_macro_f1']:.2f}."
            if "regime_cold" in res and "regime_hot" in res else "Ambient 15-35 degC in training only.",
            f"SOH {soh_all.min():.0f}-{soh_all.max():.0f} % in the simulated data; cells outside are out of range.",
            "One fault at a time; combined faults were not simulated.",
            "Not a safety system: an internal short or thermal anomaly call must go to a person and the BMS's "
            "own protection, never replace it.",
        ],
        "metrics": {"split": split, "heldOut": held},
        "policy": {"dataCategories": ["vehicle-telemetry"], "processingRegions": ["on-device", "CN", "ASEAN"]},
    }
    with open(os.path.join(bundle, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write("\n")

    # ---- model card ----
    def row(name, rr):
        return (f"| {name} | {rr['n']} | {rr['T_amb_range'][0]:.1f}-{rr['T_amb_range'][1]:.1f} | "
                f"{rr['soh_mae_pp']:.2f} | {rr['soh_rmse_pp']:.2f} | {rr['fault_macro_f1']:.3f} | "
                f"{rr['fault_accuracy']:.3f} | {rr['fault_ece']:.3f} |")
    lines = ["| slice | samples | ambient degC | SOH MAE pp | SOH RMSE pp | fault macro-F1 | accuracy | ECE |",
             "|---|---|---|---|---|---|---|---|"]
    for k, nm in (("val", "validation cells (model selection, calibration)"), ("test", "**held-out cells, in regime**"),
                  ("regime", "held-out cells, held-out regime (all)"), ("regime_cold", "held-out regime, cold"),
                  ("regime_hot", "held-out regime, hot")):
        if k in res:
            lines.append(row(nm, res[k]))
    table = "\n".join(lines)
    pc = ["| fault class | " + " | ".join(f"{k}: n / F1 / SOH MAE pp" for k in ("test", "regime_cold", "regime_hot") if k in res) + " |",
          "|---|" + "---|" * len([k for k in ("test", "regime_cold", "regime_hot") if k in res])]
    for c in ds.LABELS:
        cells_ = []
        for k in ("test", "regime_cold", "regime_hot"):
            if k in res:
                rr = res[k]
                cells_.append(f"{rr['per_class_n'][c]} / {rr['per_class_f1'][c]:.3f} / "
                              f"{rr['soh_mae_pp_per_class'].get(c, float('nan')):.2f}")
        pc.append(f"| {c} | " + " | ".join(cells_) + " |")
    conf = ["| true \\ predicted | " + " | ".join(ds.LABELS) + " |", "|---|" + "---|" * 6]
    for i, c in enumerate(ds.LABELS):
        conf.append(f"| {c} | " + " | ".join(str(v) for v in res["test"]["confusion"][i]) + " |")
    conf_r = ["| true \\ predicted | " + " | ".join(ds.LABELS) + " |", "|---|" + "---|" * 6]
    for i, c in enumerate(ds.LABELS):
        conf_r.append(f"| {c} | " + " | ".join(str(v) for v in res["regime"]["confusion"][i]) + " |")
    soh_all = 100 * M["capacity_ah"] / m["info"]["q_rated_ah"]
    facts = {
        "METRICS_TABLE": table,
        "PER_CLASS_TABLE": "\n".join(pc),
        "CONFUSION_TEST": "\n".join(conf),
        "CONFUSION_REGIME": "\n".join(conf_r),
        "N_RUNS": str(m["info"]["n_runs"]),
        "N_FAILED": str(m["info"]["n_failed_runs"]),
        "N_CELLS": str(m["info"]["n_cells"]),
        "N_TEST_CELLS": str(m["info"]["n_test_cells"]),
        "SIZES": ", ".join(f"{k} {v}" for k, v in m["sizes"].items()),
        "CELLS": ", ".join(f"{k} {v}" for k, v in m["cells"].items()),
        "SOH_RANGE": f"{soh_all.min():.1f}-{soh_all.max():.1f}",
        "Q_RATED": f"{m['info']['q_rated_ah']:.3f}",
        "TEMPERATURE": f"{m['temperature']:.3f}",
        "PARAMS": str(m["parameters"]),
        "EPOCHS": f"{m['best_epoch']} of {m['epochs']}",
        "PLATED_FRAC": f"{(M['plated_max'] >= ds.PLATING_THRESHOLD_AH).mean() * 100:.0f}",
    }
    card = open(os.path.join(here, "card_template.md")).read()
    for k, v in facts.items():
        card = card.replace("{{" + k + "}}", v)
    with open(os.path.join(bundle, "README.md"), "w") as f:
        f.write(card)
    print("wrote manifest.json and README.md")


if __name__ == "__main__":
    main()
