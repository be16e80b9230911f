"""Trains, evaluates, calibrates and exports the ev-battery-health bundle (bagui-series-encoder).

Usage: train.py DATA.npz BUNDLE_DIR [--epochs N] [--seed S]
"""
import argparse
import hashlib
import json
import os
import sys
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dataset as ds  # noqa: E402

HIDDEN, LAYERS, HEADS, INTER = 64, 2, 4, 128
HEAD_SIZES = {"soh": 1, "fault": 6}


def bert_config(T, C):
    from transformers import BertConfig
    cfg = BertConfig(vocab_size=1, hidden_size=HIDDEN, num_hidden_layers=LAYERS, num_attention_heads=HEADS,
                     intermediate_size=INTER, hidden_act="gelu", hidden_dropout_prob=0.05,
                     attention_probs_dropout_prob=0.05, max_position_embeddings=T, type_vocab_size=1,
                     layer_norm_eps=1e-12, pad_token_id=0)
    cfg._attn_implementation = "eager"
    return cfg


class SeriesEncoder(nn.Module):
    def __init__(self, cfg, C):
        super().__init__()
        from transformers import BertModel
        self.input_proj = nn.Linear(C, cfg.hidden_size)
        self.bert = BertModel(cfg, add_pooling_layer=False)
        self.heads = nn.ModuleDict({k: nn.Linear(cfg.hidden_size, n) for k, n in HEAD_SIZES.items()})

    def forward(self, x):
        e = self.input_proj(x)
        mask = torch.ones(x.shape[:2], dtype=torch.long)
        h = self.bert(inputs_embeds=e, attention_mask=mask).last_hidden_state
        pooled = h.mean(1)
        return {k: head(pooled) for k, head in self.heads.items()}


def macro_f1(y, p, n=6):
    f1s = []
    for c in range(n):
        tp = np.sum((p == c) & (y == c))
        fp = np.sum((p == c) & (y != c))
        fn = np.sum((p != c) & (y == c))
        f1s.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return float(np.mean(f1s)), f1s


def ece(probs, y, bins=10):
    conf = probs.max(1)
    pred = probs.argmax(1)
    e = 0.0
    for lo in np.linspace(0, 1, bins, endpoint=False):
        m = (conf > lo) & (conf <= lo + 1.0 / bins)
        if m.any():
            e += m.mean() * abs((pred[m] == y[m]).mean() - conf[m].mean())
    return float(e)


@torch.no_grad()
def predict(model, X, bs=256):
    model.eval()
    s, f = [], []
    for i in range(0, len(X), bs):
        o = model(torch.from_numpy(X[i:i + bs]))
        s.append(o["soh"][:, 0].numpy())
        f.append(o["fault"].numpy())
    return np.concatenate(s), np.concatenate(f)


def fit_temperature(logits, y):
    t = torch.zeros(1, requires_grad=True)
    L = torch.from_numpy(logits).double()
    Y = torch.from_numpy(y)
    opt = torch.optim.LBFGS([t], lr=0.1, max_iter=200)

    def closure():
        opt.zero_grad()
        loss = F.cross_entropy(L / torch.exp(t).double(), Y)
        loss.backward()
        return loss
    opt.step(closure)
    return float(torch.exp(t).item())


def softmax(z):
    z = z - z.max(-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(-1, keepdims=True)


def evaluate(name, soh_std_pred, logits, soh_true, fault_true, tgt_mean, tgt_std, temp, T_amb):
    soh_pred = soh_std_pred * tgt_std + tgt_mean
    probs = softmax(logits / temp)
    pred = probs.argmax(1)
    mf1, f1s = macro_f1(fault_true, pred)
    r = {"n": int(len(soh_true)), "soh_mae_pp": float(np.abs(soh_pred - soh_true).mean()),
         "soh_rmse_pp": float(np.sqrt(((soh_pred - soh_true) ** 2).mean())),
         "fault_macro_f1": mf1, "fault_accuracy": float((pred == fault_true).mean()),
         "fault_ece": ece(probs, fault_true),
         "per_class_f1": {ds.LABELS[c]: float(f1s[c]) for c in range(6)},
         "per_class_n": {ds.LABELS[c]: int((fault_true == c).sum()) for c in range(6)},
         "soh_mae_pp_per_class": {ds.LABELS[c]: float(np.abs(soh_pred - soh_true)[fault_true == c].mean())
                                  for c in range(6) if (fault_true == c).any()},
         "confusion": np.array([[int(((fault_true == a) & (pred == b)).sum()) for b in range(6)]
                                for a in range(6)]).tolist(),
         "T_amb_range": [float(T_amb.min()), float(T_amb.max())]}
    print(f"{name:10s} n={r['n']:5d} SOH MAE {r['soh_mae_pp']:.2f} pp  fault macro-F1 {mf1:.3f} "
          f"acc {r['fault_accuracy']:.3f} ECE {r['fault_ece']:.3f}  per-class " +
          " ".join(f"{ds.LABELS[c][:8]}={f1s[c]:.2f}" for c in range(6)), flush=True)
    return r


def sha256(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("bundle")
    ap.add_argument("--epochs", type=int, default=30)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--lr", type=float, default=2e-3)
    a = ap.parse_args()
    torch.manual_seed(a.seed)
    np.random.seed(a.seed)
    torch.set_num_threads(a.threads)
    torch.use_deterministic_algorithms(True)
    timings = {}
    t0 = time.time()
    data, info = ds.build(a.data, seed=a.seed)
    timings["dataset_s"] = time.time() - t0
    for k, v in data.items():
        print(k, v[0].shape, "classes", np.bincount(v[2], minlength=6).tolist(),
              "cells", len(set(v[3].tolist())), "SOH %.1f-%.1f" % (v[1].min(), v[1].max()), flush=True)
    Xtr, ytr, ftr, _, _ = data["train"]
    mean = Xtr.reshape(-1, 4).mean(0).astype(np.float64)
    std = Xtr.reshape(-1, 4).std(0).astype(np.float64)
    tmean, tstd = float(ytr.mean()), float(ytr.std())

    def prep(X):
        return ((X - mean) / std).astype(np.float32)
    Xs = {k: prep(v[0]) for k, v in data.items()}
    T, C = Xtr.shape[1], Xtr.shape[2]
    cfg = bert_config(T, C)
    model = SeriesEncoder(cfg, C)
    n_params = sum(p.numel() for n, p in model.named_parameters() if "word_embeddings" not in n)
    print("parameters (exported):", n_params, flush=True)
    opt = torch.optim.AdamW(model.parameters(), lr=a.lr, weight_decay=0.01)
    bs = 64
    steps_per_epoch = (len(Xtr) + bs - 1) // bs
    total = steps_per_epoch * a.epochs
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=a.lr, total_steps=total, pct_start=0.1)
    Xt = torch.from_numpy(Xs["train"])
    yt = torch.from_numpy(((ytr - tmean) / tstd).astype(np.float32))
    ft = torch.from_numpy(ftr)
    g = torch.Generator().manual_seed(a.seed)
    best = (1e9, None, -1)
    t1 = time.time()
    for ep in range(a.epochs):
        model.train()
        perm = torch.randperm(len(Xt), generator=g)
        tot = 0.0
        for i in range(0, len(Xt), bs):
            b = perm[i:i + bs]
            o = model(Xt[b])
            loss = F.mse_loss(o["soh"][:, 0], yt[b]) + F.cross_entropy(o["fault"], ft[b])
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            tot += loss.item() * len(b)
        s, l = predict(model, Xs["val"])
        yv, fv = data["val"][1], data["val"][2]
        v_mae = np.abs(s * tstd + tmean - yv).mean()
        v_ce = F.cross_entropy(torch.from_numpy(l), torch.from_numpy(fv)).item()
        v_f1 = macro_f1(fv, l.argmax(1))[0]
        score = v_mae / tstd + v_ce
        print(f"epoch {ep + 1:3d} train loss {tot / len(Xt):.4f}  val SOH MAE {v_mae:.2f} pp  CE {v_ce:.3f}  "
              f"macro-F1 {v_f1:.3f}  [{time.time() - t1:.0f}s]", flush=True)
        if score < best[0]:
            best = (score, {k: v.detach().clone() for k, v in model.state_dict().items()}, ep + 1)
    timings["train_s"] = time.time() - t1
    model.load_state_dict(best[1])
    print("best epoch", best[2], flush=True)
    # calibration on the validation cells
    s_val, l_val = predict(model, Xs["val"])
    temp = fit_temperature(l_val, data["val"][2])
    print("temperature", temp, flush=True)
    results = {}
    for k in ["val", "test", "regime"]:
        s, l = predict(model, Xs[k])
        results[k] = evaluate(k, s, l, data[k][1], data[k][2], tmean, tstd, temp, data[k][4])
        if k == "regime":
            for nm, m in (("cold", data[k][4] < 12), ("hot", data[k][4] > 38)):
                if not m.any():
                    continue
                results["regime_" + nm] = evaluate("regime-" + nm, s[m], l[m], data[k][1][m], data[k][2][m],
                                                   tmean, tstd, temp, data[k][4][m])
    # ---- export ----
    from safetensors.torch import save_file, load_file
    os.makedirs(a.bundle, exist_ok=True)
    sd = {k: v.detach().contiguous().float() for k, v in model.state_dict().items()
          if k != "bert.embeddings.word_embeddings.weight" and v.dtype.is_floating_point}
    save_file(sd, os.path.join(a.bundle, "model.safetensors"), metadata={"format": "pt"})
    conf = cfg.to_dict()
    keep = ["vocab_size", "hidden_size", "num_hidden_layers", "num_attention_heads", "intermediate_size",
            "hidden_act", "hidden_dropout_prob", "attention_probs_dropout_prob", "max_position_embeddings",
            "type_vocab_size", "initializer_range", "layer_norm_eps", "pad_token_id", "position_embedding_type"]
    config = {k: conf[k] for k in keep if k in conf}
    config.setdefault("position_embedding_type", "absolute")
    config.update({"model_type": "bagui-series-encoder", "architectures": ["BaguiSeriesEncoder"],
                   "uses_word_embeddings": False, "input_channels": C, "sequence_length": T,
                   "pooling": "mean", "heads": HEAD_SIZES})
    with open(os.path.join(a.bundle, "config.json"), "w") as f:
        json.dump(config, f, indent=2)
        f.write("\n")
    # reload the exported weights into a fresh network and check they reproduce the trained one
    m2 = SeriesEncoder(bert_config(T, C), C)
    missing, unexpected = m2.load_state_dict(load_file(os.path.join(a.bundle, "model.safetensors")), strict=False)
    assert [k for k in missing if "word_embeddings" not in k] == [] and unexpected == [], (missing, unexpected)
    m2.eval()
    # golden cases: the first held-out (test) sample of each fault class, plus one cold and one hot
    Xte, yte, fte = data["test"][0], data["test"][1], data["test"][2]
    picks = [("test", int(np.nonzero(fte == c)[0][0])) for c in range(6)]
    rg = data["regime"]
    picks += [("regime", int(np.nonzero(m)[0][0])) for m in (rg[4] < 12, rg[4] > 38) if m.any()]
    cases = []
    for split, i in picks:
        x = data[split][0][i]
        xs = torch.from_numpy(prep(x[None]))
        with torch.no_grad():
            o = m2(xs)
            o1 = model(xs)
        raw_s = o["soh"][0].double().numpy()
        raw_f = o["fault"][0].double().numpy()
        assert np.allclose(raw_f, o1["fault"][0].numpy(), atol=1e-6)
        probs = softmax(raw_f / temp)
        cases.append({
            "note": f"{split} sample {i}: true fault {ds.LABELS[int(data[split][2][i])]}, true SOH "
                    f"{float(data[split][1][i]):.2f} %, ambient {float(data[split][4][i]):.1f} degC",
            "input": {"series": [[float(v) for v in row] for row in x.astype(np.float64)]},
            "raw": [[float(v) for v in raw_s], [float(v) for v in raw_f]],
            "output": {"soh_percent": float(raw_s[0] * tstd + tmean), "fault": ds.LABELS[int(probs.argmax())],
                       "confidence": float(probs.max()),
                       "scores": {ds.LABELS[c]: float(probs[c]) for c in range(6)}}})
    with open(os.path.join(a.bundle, "golden.json"), "w") as f:
        json.dump({"cases": cases, "tolerance": 1e-4}, f, indent=1)
        f.write("\n")
    timings["total_train_py_s"] = time.time() - t0
    report = {"info": info, "results": results, "temperature": temp, "best_epoch": best[2],
              "epochs": a.epochs, "parameters": n_params, "timings": timings,
              "preprocessing": {"featureMean": mean.tolist(), "featureStd": std.tolist(),
                                "targetMean": tmean, "targetStd": tstd},
              "sizes": {k: int(len(v[0])) for k, v in data.items()},
              "cells": {k: int(len(set(v[3].tolist()))) for k, v in data.items()}}
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "metrics.json"), "w") as f:
        json.dump(report, f, indent=1)
        f.write("\n")
    print(json.dumps(timings), flush=True)


if __name__ == "__main__":
    main()
