"""The `bagui-text-classifier` architecture: training, calibration, evaluation and export, shared by the
three text bundles.

Network: transformers.BertModel(config, add_pooling_layer=False) over token ids; mean pooling of the last
hidden state over non-padding tokens (attention mask); classifier = Linear(hidden, num_labels).
Weights are saved as `bert.*` and `classifier.*`, float32. Optionally (config.json "ngram") an NGramBag, a linear
model over hashed character and word n-grams (fastText's supervised classifier without its hidden layer), whose
logits are added to the encoder's: saved as `ngram.weight` [buckets, labels] and `ngram.bias` [labels].
"""
import hashlib
import json
import math
import os
import random
import time
import unicodedata
import zlib

import numpy as np
import torch
from safetensors.torch import save_file
from tokenizers import Tokenizer
from torch import nn
from transformers import BertConfig, BertModel

# One intra-op thread: on this shared 2-core machine, two torch threads measured ~10x slower per step than one
# (spinning OpenMP workers fight the other jobs for the cores). The brief's ceiling is 2 threads.
torch.set_num_threads(1)

MAX_LEN_DEFAULT = 96  # = the shared tokenizer's truncation length and every bundle's preprocessing.maxSequenceLength


def set_seed(seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def fold(text):
    """NFKC, lowercase, whitespace runs to one space, trimmed (Swift: TextFolding)."""
    return " ".join(unicodedata.normalize("NFKC", text).lower().split())


def ngram_buckets(text, ngram):
    """Buckets of a text's features (Swift: HashedNGramBag.buckets(of:)): in the folded text padded with a space each
    side, every character n-gram of ngram["charOrders"] that is not all spaces, keyed "<n>:<gram>", then every word
    n-gram of ngram["wordOrders"], keyed "w<n>:<words>"; bucket = crc32(utf-8 key) % ngram["buckets"]."""
    t = " " + fold(text) + " "
    keys = [f"{n}:{t[i:i + n]}" for n in ngram["charOrders"] for i in range(len(t) - n + 1) if t[i:i + n].strip(" ")]
    w = t.split(" ")
    w = [x for x in w if x]
    keys += [f"w{n}:" + " ".join(w[i:i + n]) for n in ngram["wordOrders"] for i in range(len(w) - n + 1)]
    return [zlib.crc32(k.encode("utf-8")) % ngram["buckets"] for k in keys]


class NGramBag(nn.Module):
    """logits = mean over the text's feature buckets of weight[bucket] + bias (no features: bias)."""

    def __init__(self, ngram, num_labels):
        super().__init__()
        self.spec = dict(ngram)
        self.weight = nn.Parameter(torch.zeros(ngram["buckets"], num_labels))
        self.bias = nn.Parameter(torch.zeros(num_labels))

    def features(self, texts):
        fs = [ngram_buckets(t, self.spec) for t in texts]
        offsets = torch.tensor([0] + list(np.cumsum([len(f) for f in fs])[:-1]), dtype=torch.long)
        return torch.tensor([b for f in fs for b in f], dtype=torch.long), offsets

    def forward(self, flat, offsets):
        return nn.functional.embedding_bag(flat, self.weight, offsets, mode="mean") + self.bias


class TextClassifier(nn.Module):
    def __init__(self, config: BertConfig, num_labels: int, ngram=None):
        super().__init__()
        self.bert = BertModel(config, add_pooling_layer=False)
        self.classifier = nn.Linear(config.hidden_size, num_labels)
        self.ngram = NGramBag(ngram, num_labels) if ngram else None

    def forward(self, input_ids, attention_mask):
        h = self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        m = attention_mask.unsqueeze(-1).to(h.dtype)
        pooled = (h * m).sum(1) / m.sum(1).clamp(min=1.0)
        return self.classifier(pooled)


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def encode(tok: Tokenizer, texts):
    return [e.ids for e in tok.encode_batch(list(texts))]


def batchify(ids_list, pad_id):
    n = max(len(x) for x in ids_list)
    ids = torch.full((len(ids_list), n), pad_id, dtype=torch.long)
    mask = torch.zeros((len(ids_list), n), dtype=torch.long)
    for i, x in enumerate(ids_list):
        ids[i, :len(x)] = torch.tensor(x)
        mask[i, :len(x)] = 1
    return ids, mask


def make_config(tok: Tokenizer, labels, hidden=128, layers=3, heads=4, intermediate=512):
    return BertConfig(vocab_size=tok.get_vocab_size(), hidden_size=hidden, num_hidden_layers=layers,
                      num_attention_heads=heads, intermediate_size=intermediate, hidden_act="gelu",
                      hidden_dropout_prob=0.1, attention_probs_dropout_prob=0.1, max_position_embeddings=128,
                      type_vocab_size=1, layer_norm_eps=1e-12, pad_token_id=tok.token_to_id("<pad>"),
                      initializer_range=0.02)


@torch.no_grad()
def logits_for(model, tok, texts, pad_id, bs=256):
    """The model's logits of `texts`: the encoder's, plus the n-gram bag's when the model has one."""
    z = encoder_logits_for(model, tok, texts, pad_id, bs)
    if model.ngram is not None:
        with torch.no_grad():
            z = z + model.ngram(*model.ngram.features(texts)).numpy()
    return z


def train_ngram_bag(train_rows, val_rows, labels, ngram, seed, epochs=20, lr=0.05, bs=256, log=print, score=None):
    """Trains an NGramBag alone (Adam, class-balanced cross-entropy) and keeps the epoch of best validation score:
    `score(validation logits)`, by default the bag's own validation accuracy. Returns (bag, its validation logits)."""
    set_seed(seed)
    lab = {l: i for i, l in enumerate(labels)}
    bag = NGramBag(ngram, len(labels))
    feats = [ngram_buckets(r["text"], ngram) for r in train_rows]
    y = torch.tensor([lab[r["label"]] for r in train_rows])
    counts = np.bincount(y.numpy(), minlength=len(labels))
    weight = torch.tensor(len(y) / (len(labels) * np.maximum(counts, 1)), dtype=torch.float)
    vx, vo = bag.features([r["text"] for r in val_rows])
    vy = np.array([lab[r["label"]] for r in val_rows])
    opt = torch.optim.Adam(bag.parameters(), lr=lr)
    best = (-1.0, None, None, 0)
    for epoch in range(epochs):
        perm = torch.randperm(len(feats)).tolist()
        for s in range(0, len(perm), bs):
            idx = perm[s:s + bs]
            flat = torch.tensor([b for i in idx for b in feats[i]], dtype=torch.long)
            offsets = torch.tensor([0] + list(np.cumsum([len(feats[i]) for i in idx])[:-1]), dtype=torch.long)
            loss = nn.functional.cross_entropy(bag(flat, offsets), y[idx], weight=weight)
            opt.zero_grad()
            loss.backward()
            opt.step()
        with torch.no_grad():
            vl = bag(vx, vo).numpy()
        acc = float((vl.argmax(1) == vy).mean())
        kept = score(vl) if score else acc
        log(f"n-gram bag epoch {epoch + 1}/{epochs} val acc {acc:.4f}" + (f", score {kept:.4f}" if score else ""))
        if kept > best[0]:
            best = (kept, {k: v.detach().clone() for k, v in bag.state_dict().items()}, vl, epoch + 1)
    bag.load_state_dict(best[1])
    log(f"n-gram bag: kept epoch {best[3]} (val {'score' if score else 'acc'} {best[0]:.4f})")
    return bag, best[2]


def encoder_logits_for(model, tok, texts, pad_id, bs=256):
    model.eval()
    ids = encode(tok, texts)
    out = []
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    res = [None] * len(ids)
    for s in range(0, len(order), bs):
        idx = order[s:s + bs]
        x, m = batchify([ids[i] for i in idx], pad_id)
        with torch.no_grad():
            lg = model(x, m).float().numpy()
        for j, i in enumerate(idx):
            res[i] = lg[j]
    out = np.stack(res)
    return out


def train(train_rows, val_rows, labels, tok, seed, epochs=10, lr=6e-4, bs=64, log=print, time_budget_s=17 * 60,
          class_weights=None, token_dropout=0.2, checks_per_epoch=4, **cfg_kw):
    """Trains with AdamW and a warm-up + cosine schedule; keeps the weights of the best validation check. The
    validation split is checked `checks_per_epoch` times per epoch, because on these corpora (few phrasings per
    concept) validation accuracy peaks early, often within the first epoch, and falls as the train phrasings
    are memorised."""
    set_seed(seed)
    pad_id = tok.token_to_id("<pad>")
    unk_id = tok.token_to_id("<unk>")
    lab = {l: i for i, l in enumerate(labels)}
    cfg = make_config(tok, labels, **cfg_kw)
    model = TextClassifier(cfg, len(labels))
    x_ids = encode(tok, [r["text"] for r in train_rows])
    y = torch.tensor([lab[r["label"]] for r in train_rows])
    steps = epochs * math.ceil(len(x_ids) / bs)
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    warm = max(1, steps // 20)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, 0.5 * (1 + math.cos(math.pi * min(1.0, s / steps)))))
    if class_weights == "balanced":  # inverse class frequency, mean 1
        counts = np.bincount(y.numpy(), minlength=len(labels)).astype(float)
        class_weights = (counts.sum() / (len(labels) * np.maximum(counts, 1))).tolist()
        log(f"class weights {[round(c, 3) for c in class_weights]}")
    w = torch.tensor(class_weights, dtype=torch.float) if class_weights is not None else None
    lossf = nn.CrossEntropyLoss(weight=w, label_smoothing=0.05)
    rng = random.Random(seed)
    t0 = time.time()
    c0 = time.process_time()
    val_texts = [r["text"] for r in val_rows]
    val_y = np.array([lab[r["label"]] for r in val_rows])
    best = (-1, None, -1)
    step = 0
    for ep in range(epochs):
        model.train()
        order = list(range(len(x_ids)))
        rng.shuffle(order)
        # bucket by length inside chunks for speed
        chunks = [sorted(order[i:i + bs * 20], key=lambda k: len(x_ids[k])) for i in range(0, len(order), bs * 20)]
        batches = [c[i:i + bs] for c in chunks for i in range(0, len(c), bs)]
        rng.shuffle(batches)
        tot = 0.0
        seen = samples = 0
        check_at = {round(len(batches) * (i + 1) / checks_per_epoch) for i in range(checks_per_epoch)}
        for b in batches:
            x, m = batchify([x_ids[i] for i in b], pad_id)
            if token_dropout:
                # replace a random 20% of the real tokens (not <s>, </s>, padding) by <unk>: no single token may decide
                drop = (torch.rand(x.shape) < token_dropout) & (m == 1) & (x > 3)
                x = x.masked_fill(drop, unk_id)
            loss = lossf(model(x, m), y[b])
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            seen += 1
            samples += len(b)
            tot += loss.item() * len(b)
            if seen in check_at:
                model.eval()
                vl = logits_for(model, tok, val_texts, pad_id)
                model.train()
                acc = float((vl.argmax(1) == val_y).mean())
                at = round(ep + seen / len(batches), 2)
                log(f"epoch {at:.2f}/{epochs} loss {tot / max(1, samples):.4f} "
                    f"val acc {acc:.4f} ({time.time() - t0:.0f}s wall, {time.process_time() - c0:.0f}s CPU)")
                if acc >= best[0]:
                    best = (acc, {k: v.detach().clone() for k, v in model.state_dict().items()}, at)
        # the budget is CPU time of this process: on the shared machine wall time depends on the other jobs
        if time.process_time() - c0 > time_budget_s:
            log("time budget (CPU seconds) reached, stopping")
            break
    model.load_state_dict(best[1])
    model.eval()
    log(f"kept epoch {best[2]} (val acc {best[0]:.4f}); training took {time.time() - t0:.0f}s")
    return model, cfg, time.time() - t0


def softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit_temperature(logits, y):
    """Grid search for the temperature minimising validation NLL (Guo et al., 2017)."""
    best = (float("inf"), 1.0)
    for t in np.exp(np.linspace(math.log(0.05), math.log(20), 600)):
        p = softmax(logits / t)
        nll = -np.mean(np.log(p[np.arange(len(y)), y] + 1e-12))
        if nll < best[0]:
            best = (nll, float(t))
    return round(best[1], 6)


def ece(probs, y, bins=15):
    conf = probs.max(1)
    pred = probs.argmax(1)
    e = 0.0
    edges = np.linspace(0, 1, bins + 1)
    for lo, hi in zip(edges[:-1], edges[1:]):
        sel = (conf > lo) & (conf <= hi)
        if sel.any():
            e += sel.mean() * abs((pred[sel] == y[sel]).mean() - conf[sel].mean())
    return float(e)


def macro_f1(y, pred, n):
    f = []
    for c in range(n):
        tp = int(((pred == c) & (y == c)).sum())
        fp = int(((pred == c) & (y != c)).sum())
        fn = int(((pred != c) & (y == c)).sum())
        if tp + fp + fn == 0:
            continue
        f.append(2 * tp / (2 * tp + fp + fn))
    return float(np.mean(f))


def per_class_f1(y, pred, labels):
    out = {}
    for c, l in enumerate(labels):
        tp = int(((pred == c) & (y == c)).sum())
        fp = int(((pred == c) & (y != c)).sum())
        fn = int(((pred != c) & (y == c)).sum())
        out[l] = round(2 * tp / max(1, 2 * tp + fp + fn), 4)
    return out


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def export(bundle, model, cfg, labels, tokenizer_path):
    os.makedirs(bundle, exist_ok=True)
    # the n-gram bag's table may be stored in float16 (NGramBag.store_half: its values are already f16-rounded, so the
    # exported file computes exactly what was evaluated); every other tensor is float32
    half = {"ngram.weight"} if getattr(model.ngram, "store_half", False) else set()
    sd = {k: v.detach().to(torch.float16 if k in half else torch.float32).contiguous()
          for k, v in model.state_dict().items()}
    assert all(k.split(".")[0] in ("bert", "classifier", "ngram") for k in sd), list(sd)[:5]
    save_file(sd, os.path.join(bundle, "model.safetensors"), metadata={"format": "pt"})
    d = cfg.to_dict()
    for k in ("transformers_version", "architectures", "_name_or_path", "torch_dtype", "dtype", "output_attentions",
              "output_hidden_states", "return_dict", "use_cache"):
        d.pop(k, None)
    d["model_type"] = "bagui-text-classifier"
    d["num_labels"] = len(labels)
    d["id2label"] = {str(i): l for i, l in enumerate(labels)}
    d["label2id"] = {l: i for i, l in enumerate(labels)}
    if model.ngram is not None:
        d["ngram"] = model.ngram.spec
    with open(os.path.join(bundle, "config.json"), "w") as f:
        json.dump(d, f, indent=2, sort_keys=True)
        f.write("\n")
    with open(tokenizer_path, "rb") as src, open(os.path.join(bundle, "tokenizer.json"), "wb") as dst:
        dst.write(src.read())
    return len(sd), sum(v.numel() for v in sd.values())


def per_lang(rows, fn):
    langs = sorted({r["lang"] for r in rows})
    return {l: fn([i for i, r in enumerate(rows) if r["lang"] == l]) for l in langs}


def _finite(o):
    if isinstance(o, float) and not math.isfinite(o):
        return None
    if isinstance(o, dict):
        return {k: _finite(v) for k, v in o.items()}
    if isinstance(o, (list, tuple)):
        return [_finite(v) for v in o]
    return o


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(_finite(obj), f, indent=2, ensure_ascii=False, allow_nan=False)
        f.write("\n")
