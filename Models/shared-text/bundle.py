"""Train → calibrate → evaluate → export one `bagui-text-classifier` bundle. Each bundle's recipe/build.py
supplies a spec (labels, manifest fields, golden inputs, extra metrics, model card text) and calls run().
"""
import json
import os
import platform
import time

import numpy as np
import torch
from safetensors.torch import load_file
from tokenizers import Tokenizer

import gencommon as G
import textclf as T

GOLDEN_TOLERANCE = 1e-4


def metric_block(probs, y, labels, idx):
    idx = np.asarray(idx, dtype=int)
    if len(idx) == 0:
        return {"n": 0}
    p = probs[idx]
    pred = p.argmax(1)
    return {"n": int(len(idx)), "accuracy": round(float((pred == y[idx]).mean()), 4),
            "macroF1": round(T.macro_f1(y[idx], pred, len(labels)), 4), "ece": round(T.ece(p, y[idx]), 4)}


def evaluate(rows, probs, labels):
    lab = {l: i for i, l in enumerate(labels)}
    y = np.array([lab[r["label"]] for r in rows])
    pred = probs.argmax(1)
    out = {"overall": metric_block(probs, y, labels, range(len(rows)))}
    out["perLanguage"] = {}
    for lang in sorted({r["lang"] for r in rows}):
        out["perLanguage"][lang] = metric_block(probs, y, labels, [i for i, r in enumerate(rows) if r["lang"] == lang])
    vi_toneless = [i for i, r in enumerate(rows) if r["lang"] == "vi" and G.is_vi_toneless(r["text"])]
    out["slices"] = {
        "noisy": metric_block(probs, y, labels, [i for i, r in enumerate(rows) if r.get("noise")]),
        "clean": metric_block(probs, y, labels, [i for i, r in enumerate(rows) if not r.get("noise")]),
        "vi_without_diacritics": metric_block(probs, y, labels, vi_toneless),
    }
    out["perClassF1"] = T.per_class_f1(y, pred, labels)
    cm = np.zeros((len(labels), len(labels)), dtype=int)
    for a, b in zip(y, pred):
        cm[a, b] += 1
    out["confusion"] = {"rows=true, cols=predicted": labels, "matrix": cm.tolist()}
    return out, y


def reload(bundle_dir, labels):
    """The exported model of `bundle_dir` (encoder, classifier and, when config.json has "ngram", the n-gram bag)."""
    from transformers import BertConfig
    cfg_d = json.load(open(os.path.join(bundle_dir, "config.json")))
    skip = ("model_type", "num_labels", "id2label", "label2id", "ngram")
    cfg = BertConfig(**{k: v for k, v in cfg_d.items() if k not in skip})
    model = T.TextClassifier(cfg, len(labels), ngram=cfg_d.get("ngram"))
    sd = load_file(os.path.join(bundle_dir, "model.safetensors"))
    model.load_state_dict(sd)
    if model.ngram is not None and sd["ngram.weight"].dtype == torch.float16:
        model.ngram.store_half = True  # a re-export keeps the table in float16
    model.eval()
    return model


def attach_ngram_bag(spec, model, tok, train, val, labels, seed, log):
    """Trains the spec's n-gram bag and adds it to `model` with the weight a (grid 0.25…4 by 0.25) that maximises the
    VALIDATION accuracy of encoder logits + a × bag logits (ties: the smallest a). Returns the metrics note."""
    pad_id = tok.token_to_id("<pad>")
    lab = {l: i for i, l in enumerate(labels)}
    vy = np.array([lab[r["label"]] for r in val])
    enc_val = T.encoder_logits_for(model, tok, [r["text"] for r in val], pad_id)

    def combined(bag_val):  # validation accuracy of encoder + a × bag, for each weight of the grid
        return {float(a): float(((enc_val + a * bag_val).argmax(1) == vy).mean()) for a in np.arange(0.25, 4.0001, 0.25)}

    # spec "ngram_select": "combined" keeps the bag epoch whose best combination with the encoder scores highest on
    # validation (what is served), instead of the epoch of the best bag alone
    select = (lambda v: max(combined(v).values())) if spec.get("ngram_select") == "combined" else None
    bag, bag_val = T.train_ngram_bag(train, val, labels, spec["ngram"], seed, epochs=spec.get("ngram_epochs", 20), log=log,
                                     score=select)
    scores = combined(bag_val)
    a = max(scores, key=lambda k: (scores[k], -k))
    with torch.no_grad():
        bag.weight *= a
        bag.bias *= a
        if spec.get("ngram_float16"):  # stored as F16 (half the bytes); evaluated with the same rounded values
            bag.weight.copy_(bag.weight.half().float())
            bag.store_half = True
    model.ngram = bag
    note = {"spec": spec["ngram"], "weight": a, "valAccuracyEncoder": round(float((enc_val.argmax(1) == vy).mean()), 4),
            "valAccuracyBag": round(float((bag_val.argmax(1) == vy).mean()), 4), "valAccuracyBoth": round(scores[a], 4)}
    log(f"n-gram bag weight {a}: val acc encoder {note['valAccuracyEncoder']}, bag {note['valAccuracyBag']}, "
        f"both {note['valAccuracyBoth']}")
    return note


def load_split(data_dir, split):
    return T.load_jsonl(os.path.join(data_dir, f"{split}.jsonl"))


def run(spec, data_dir, tokenizer_path, bundle_dir, seed=1234, log=print):
    t_start = time.time()
    labels = spec["labels"]
    tok = Tokenizer.from_file(tokenizer_path)
    pad_id = tok.token_to_id("<pad>")
    train, val, test = (load_split(data_dir, s) for s in ("train", "val", "test"))
    log(f"data: train {len(train)}, val {len(val)}, test {len(test)}")
    train_kw = dict(spec.get("train", {}))
    if os.environ.get("BAGUI_DRYRUN"):  # smoke test of the whole export path: one epoch
        train_kw["epochs"] = 1
    cpu0 = time.process_time()
    model, cfg, train_s = T.train(train, val, labels, tok, seed, log=log, **train_kw)
    train_cpu_s = time.process_time() - cpu0
    ngram_note = None
    if spec.get("ngram"):
        cpu1 = time.process_time()
        ngram_note = attach_ngram_bag(spec, model, tok, train, val, labels, seed, log)
        train_cpu_s += time.process_time() - cpu1
    log(f"training CPU time {train_cpu_s:.0f}s (wall {train_s:.0f}s; the machine is shared)")

    lab = {l: i for i, l in enumerate(labels)}
    val_logits = T.logits_for(model, tok, [r["text"] for r in val], pad_id)
    val_y = np.array([lab[r["label"]] for r in val])
    bias_note = None
    if spec.get("bias_label"):
        # a validation-tuned decision for one class (the router's out_of_scope): the offset b added to that class's
        # logit that maximises VALIDATION accuracy (grid -1..3 in 0.05; ties go to the smallest |b|), folded into the
        # classifier bias so the exported weights carry it and every runtime computes the same thing
        k = lab[spec["bias_label"]]
        best = None
        for b in np.round(np.arange(-1.0, 3.0001, 0.05), 2):
            z = val_logits.copy()
            z[:, k] += b
            acc = float((z.argmax(1) == val_y).mean())
            if best is None or acc > best[0] + 1e-12 or (abs(acc - best[0]) <= 1e-12 and abs(b) < abs(best[1])):
                best = (acc, float(b))
        acc0 = float((val_logits.argmax(1) == val_y).mean())
        with torch.no_grad():
            model.classifier.bias[k] += best[1]
        bias_note = {"label": spec["bias_label"], "offset": best[1], "valAccuracyBefore": round(acc0, 4),
                     "valAccuracyAfter": round(best[0], 4)}
        log(f"validation-tuned {spec['bias_label']} logit offset {best[1]:+.2f}: val acc {acc0:.4f} -> {best[0]:.4f}")
        val_logits = T.logits_for(model, tok, [r["text"] for r in val], pad_id)
    temperature = T.fit_temperature(val_logits, val_y)
    test_logits = T.logits_for(model, tok, [r["text"] for r in test], pad_id)
    probs_raw = T.softmax(test_logits)
    probs = T.softmax(test_logits / temperature)
    metrics, test_y = evaluate(test, probs, labels)
    metrics["temperature"] = temperature
    metrics["eceBeforeTemperature"] = round(T.ece(probs_raw, test_y), 4)
    metrics["valAccuracy"] = round(float((val_logits.argmax(1) == val_y).mean()), 4)
    if bias_note:
        metrics["logitOffset"] = bias_note
    if ngram_note:
        metrics["ngramBag"] = ngram_note
    log(f"temperature {temperature}; test accuracy {metrics['overall']['accuracy']} macro-F1 "
        f"{metrics['overall']['macroF1']} ECE {metrics['eceBeforeTemperature']} -> {metrics['overall']['ece']}")
    for lang, m in metrics["perLanguage"].items():
        log(f"  {lang:6s} n={m['n']:5d} acc={m['accuracy']:.4f} F1={m['macroF1']:.4f} ECE={m['ece']:.4f}")

    for name in ("fresh", "fresh2"):
        if not os.path.exists(os.path.join(data_dir, f"{name}.jsonl")):
            continue
        # the router's blind splits "fresh" and "fresh2" (val_router_fresh*.py): reported only, after every choice
        # above was made
        fresh = load_split(data_dir, name)
        fresh_probs = T.softmax(T.logits_for(model, tok, [r["text"] for r in fresh], pad_id) / temperature)
        f, fresh_y = evaluate(fresh, fresh_probs, labels)
        pred = fresh_probs.argmax(1)
        f["recallPerLabel"] = {l: round(float((pred[fresh_y == i] == i).mean()), 4) for i, l in enumerate(labels)}
        metrics[name] = {k: f[k] for k in ("overall", "perLanguage", "recallPerLabel", "confusion")}
        log(f"{name} (blind, reported only): n={len(fresh)} accuracy {f['overall']['accuracy']} recall per label "
            + " ".join(f"{l} {v}" for l, v in f["recallPerLabel"].items()))

    metrics["latency"] = measure_latency(model, tok, [r["text"] for r in test], pad_id)
    log(f"latency (PyTorch, 1 thread, batch 1): p50 {metrics['latency']['p50Ms']} ms, p95 {metrics['latency']['p95Ms']} ms")

    if "extra_metrics" in spec:
        metrics.update(spec["extra_metrics"](test, probs, val, T.softmax(val_logits / temperature), log))

    # ---- export
    n_tensors, n_params = T.export(bundle_dir, model, cfg, labels, tokenizer_path)
    size = os.path.getsize(os.path.join(bundle_dir, "model.safetensors"))
    assert size <= 10 * 1024 * 1024, size
    timing = {"trainSeconds": round(train_s), "trainCpuSeconds": round(train_cpu_s), "totalSeconds": round(time.time() - t_start),
              "threads": torch.get_num_threads(), "machine": platform.machine(), "torch": torch.__version__}
    metrics["model"] = {"parameters": int(n_params), "tensors": n_tensors, "weightsBytes": size,
                        "hidden": cfg.hidden_size, "layers": cfg.num_hidden_layers, "heads": cfg.num_attention_heads,
                        "intermediate": cfg.intermediate_size, "vocab": cfg.vocab_size}
    metrics["timing"] = timing
    metrics["data"] = {"train": len(train), "val": len(val), "test": len(test)}
    recipe_dir = os.path.join(bundle_dir, "recipe")
    os.makedirs(recipe_dir, exist_ok=True)
    T.write_json(os.path.join(recipe_dir, "metrics.json"), metrics)
    write_bundle_files(spec, bundle_dir, tok, metrics)
    log(f"bundle written to {bundle_dir} in {time.time() - t_start:.0f}s")
    return metrics


def measure_latency(model, tok, texts, pad_id, n=300):
    """Wall time of one text at a time (tokenise + forward + softmax), PyTorch CPU, one thread, on the first n test texts
    after 20 warm-up calls. The machine is shared, so these are upper-bound-ish figures, not a benchmark."""
    model.eval()
    texts = texts[:n]
    times = []
    with torch.no_grad():
        for i, t in enumerate(texts[:20] + texts):
            t0 = time.perf_counter()
            ids = tok.encode(t).ids
            x = torch.tensor([ids])
            lg = model(x, torch.ones_like(x))
            if model.ngram is not None:
                lg = lg + model.ngram(*model.ngram.features([t]))
            torch.softmax(lg, -1)
            if i >= 20:
                times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {"n": len(times), "p50Ms": round(times[len(times) // 2], 2), "p95Ms": round(times[int(len(times) * 0.95)], 2),
            "meanMs": round(sum(times) / len(times), 2), "what": "PyTorch CPU, 1 thread, batch 1, tokenise+forward (+ n-gram bag when present)"}


# ------------------------------------------------------------------ model-card helpers
def lang_table(metrics, extra_cols=()):
    head = "| language | n | accuracy | macro-F1 | ECE |" + "".join(f" {c} |" for c, _ in extra_cols)
    sep = "|---|---|---|---|---|" + "---|" * len(extra_cols)
    rows = [head, sep]
    for lang, m in metrics["perLanguage"].items():
        name = G.LANG_NAMES.get(lang, lang)
        extra = "".join(f" {fn(lang)} |" for _, fn in extra_cols)
        rows.append(f"| {lang} ({name}) | {m['n']} | {m['accuracy']:.3f} | {m['macroF1']:.3f} | {m['ece']:.3f} |{extra}")
    o = metrics["overall"]
    extra = "".join(f" {fn(None)} |" for _, fn in extra_cols)
    rows.append(f"| **all** | {o['n']} | {o['accuracy']:.3f} | {o['macroF1']:.3f} | {o['ece']:.3f} |{extra}")
    return "\n".join(rows)


def slice_table(metrics):
    rows = ["| slice | n | accuracy | macro-F1 |", "|---|---|---|---|"]
    for k, m in metrics["slices"].items():
        if m.get("n"):
            rows.append(f"| {k} | {m['n']} | {m['accuracy']:.3f} | {m['macroF1']:.3f} |")
    return "\n".join(rows)


def class_table(metrics):
    rows = ["| class | F1 |", "|---|---|"]
    for k, v in metrics["perClassF1"].items():
        rows.append(f"| {k} | {v:.3f} |")
    return "\n".join(rows)


SPLIT_TEXT = ("held-out templates and phrasings: per language about 30% of sentence frames never appear in training, "
              "and per concept and language about a quarter of the phrasings are test-only; test samples combine "
              "held-out phrasings with held-out frames (plus typos, missing Vietnamese diacritics, casing, informal "
              "particles and code-switching). Validation (early stopping and temperature) uses the held-out frames with "
              "validation phrasings, never test phrasings.")


def write_bundle_files(spec, bundle_dir, tok, metrics):
    """golden.json (from the exported weights, reloaded), manifest.json (with SHA-256s) and README.md."""
    labels = spec["labels"]
    temperature = metrics["temperature"]
    pad_id = tok.token_to_id("<pad>")
    reloaded = reload(bundle_dir, labels)
    golden_texts = [c["text"] for c in spec["golden"]]
    raw = T.logits_for(reloaded, tok, golden_texts, pad_id, bs=1)  # batch 1: no padding in the reference
    raw_batched = T.logits_for(reloaded, tok, golden_texts, pad_id)
    assert np.abs(raw - raw_batched).max() < 1e-4, "padding changes the logits: pooling mask is wrong"
    cases = []
    for case, lg in zip(spec["golden"], raw):
        p = T.softmax(lg[None, :] / temperature)[0]
        cases.append({"input": dict(case), "raw": [[round(float(v), 6) for v in lg]],
                      "output": spec["golden_output"](case, p, labels)})
    T.write_json(os.path.join(bundle_dir, "golden.json"), {"cases": cases, "tolerance": GOLDEN_TOLERANCE})
    manifest = spec["manifest"](metrics, temperature)
    files = {}
    for f in ["config.json", "model.safetensors", "tokenizer.json", "golden.json"] + spec.get("data_files", []):
        files[f] = T.sha256(os.path.join(bundle_dir, f))
    manifest["files"] = files
    T.write_json(os.path.join(bundle_dir, "manifest.json"), manifest)
    with open(os.path.join(bundle_dir, "README.md"), "w", encoding="utf-8") as f:
        f.write(spec["card"](metrics, manifest))


def reexport(spec, bundle_dir, tokenizer_path):
    """Rewrites golden, manifest and card from the exported weights and recipe/metrics.json (no training)."""
    metrics = json.load(open(os.path.join(bundle_dir, "recipe", "metrics.json"), encoding="utf-8"))
    write_bundle_files(spec, bundle_dir, Tokenizer.from_file(tokenizer_path), metrics)


def reevaluate(spec, data_dir, tokenizer_path, bundle_dir, log=print):
    """No training: reloads the exported weights, recomputes every test metric (including the spec's extra metrics, e.g.
    the triage-safety layer after a red_flags.json change) with the shipped temperature, and rewrites metrics.json,
    golden.json, manifest.json and the card. Used when only data files beside the weights changed."""
    t_start = time.time()
    labels = spec["labels"]
    tok = Tokenizer.from_file(tokenizer_path)
    pad_id = tok.token_to_id("<pad>")
    old = json.load(open(os.path.join(bundle_dir, "recipe", "metrics.json"), encoding="utf-8"))
    model = reload(bundle_dir, labels)
    val, test = (load_split(data_dir, s) for s in ("val", "test"))
    assert len(test) == old["data"]["test"] and len(val) == old["data"]["val"], "the corpus changed: retrain instead"
    temperature = old["temperature"]
    lab = {l: i for i, l in enumerate(labels)}
    val_logits = T.logits_for(model, tok, [r["text"] for r in val], pad_id)
    test_logits = T.logits_for(model, tok, [r["text"] for r in test], pad_id)
    probs = T.softmax(test_logits / temperature)
    metrics, test_y = evaluate(test, probs, labels)
    assert abs(metrics["overall"]["accuracy"] - old["overall"]["accuracy"]) < 1e-9, "weights or corpus differ from the run"
    for k in ("temperature", "eceBeforeTemperature", "valAccuracy", "model", "timing", "data", "latency", "logitOffset",
              "ngramBag"):
        if k in old:
            metrics[k] = old[k]
    if "extra_metrics" in spec:
        metrics.update(spec["extra_metrics"](test, probs, val, T.softmax(val_logits / temperature), log))
    metrics["reevaluated"] = "metrics recomputed without retraining (same weights) after a change of the bundle's data files"
    T.write_json(os.path.join(bundle_dir, "recipe", "metrics.json"), metrics)
    write_bundle_files(spec, bundle_dir, tok, metrics)
    log(f"re-evaluated {bundle_dir} in {time.time() - t_start:.0f}s")
    return metrics
