#!/usr/bin/env python3
"""Exports all-MiniLM-L6-v2's BertModel to ONNX (once) and checks ORT against sentence-transformers.

    $(Scripts/ml-venv.sh) Benchmarks/peers/export_onnx.py --model MODEL_DIR --out Benchmarks/out/minilm.onnx

The graph takes input_ids, attention_mask, token_type_ids (int64, dynamic batch and sequence axes)
and returns last_hidden_state; pooling and normalisation happen in ort_embed.py. Whether or not the
file already existed, the check runs: ORT (through ort_embed.OrtEmbedder) against
SentenceTransformer.encode on a few texts, including one longer than 256 tokens; it fails below
cosine 0.99999.
"""
import argparse
import json
import os
import pathlib
import sys

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

import numpy as np
import torch

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from ort_embed import OrtEmbedder  # noqa: E402

OPSET = 17
MIN_COSINE = 0.99999


class LastHiddenState(torch.nn.Module):
    """BertModel called by keyword (transformers 5 changed the positional order) → last_hidden_state."""

    def __init__(self, bert):
        super().__init__()
        self.bert = bert

    def forward(self, input_ids, attention_mask, token_type_ids):
        return self.bert(input_ids=input_ids, attention_mask=attention_mask,
                         token_type_ids=token_type_ids).last_hidden_state


def export(model_dir: str, out: pathlib.Path) -> None:
    from transformers import AutoModel, AutoTokenizer
    model = LastHiddenState(AutoModel.from_pretrained(model_dir)).eval()
    enc = AutoTokenizer.from_pretrained(model_dir)(["a short one", "a slightly longer example text"],
                                                  padding=True, return_tensors="pt")
    args = (enc["input_ids"], enc["attention_mask"], enc["token_type_ids"])
    axes = {0: "batch", 1: "sequence"}
    tmp = out.with_suffix(".tmp.onnx")
    with torch.inference_mode():
        torch.onnx.export(
            model, args, str(tmp),
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["last_hidden_state"],
            dynamic_axes={"input_ids": axes, "attention_mask": axes, "token_type_ids": axes,
                          "last_hidden_state": axes},
            opset_version=OPSET, do_constant_folding=True, dynamo=False,
        )
    tmp.replace(out)
    print(f"exported {out} (opset {OPSET}, torch {torch.__version__})", file=sys.stderr)


def verify(model_dir: str, onnx_path: pathlib.Path, corpus: pathlib.Path) -> float:
    from sentence_transformers import SentenceTransformer
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()[:6]]
    texts += ["A man is eating food.", "Xin chào, tôi muốn đặt lịch khám.", "word " * 300]
    st = SentenceTransformer(model_dir, device="cpu").encode(texts, batch_size=32, convert_to_numpy=True)
    embedder = OrtEmbedder(model_dir, str(onnx_path))
    # batch 1, small length-sorted batches, and one batch padded from 5 to 256 tokens
    cos = min(float(np.min(np.sum(st * embedder.embed(texts, batch_size=b), axis=1)))
              for b in (1, 4, len(texts)))
    print(f"ORT vs sentence-transformers on {len(texts)} texts: min cosine {cos:.7f}", file=sys.stderr)
    if cos < MIN_COSINE:
        sys.exit(f"ORT export disagrees with sentence-transformers: min cosine {cos} < {MIN_COSINE}")
    return cos


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--model", required=True)
    p.add_argument("--out", required=True, type=pathlib.Path)
    p.add_argument("--corpus", type=pathlib.Path,
                   default=pathlib.Path(__file__).resolve().parents[1] / "corpus.jsonl")
    a = p.parse_args()
    torch.set_num_threads(2)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    if not a.out.exists():
        export(a.model, a.out)
    cos = verify(a.model, a.out, a.corpus)
    print(json.dumps({"onnx": str(a.out), "min_cosine_vs_st": cos}))


if __name__ == "__main__":
    main()
