#!/usr/bin/env python3
"""Exports all-MiniLM-L6-v2's BertModel to ONNX (once), in two variants, and checks both against
sentence-transformers.

    $(Scripts/ml-venv.sh) Benchmarks/peers/export_onnx.py --model MODEL_DIR --out-dir Benchmarks/out

  minilm.onnx        torch.onnx.export (TorchScript exporter, opset 17) of the BertModel as transformers
                     runs it by default (SDPA attention); ONNX Runtime applies ORT_ENABLE_ALL at load.
  minilm-fused.onnx  the same export with eager attention, then ONNX Runtime's own BERT optimizer
                     (onnxruntime.transformers.optimizer, model_type "bert"), which fuses each layer into
                     Attention (one QKV GEMM), SkipLayerNormalization and BiasGelu, and the embeddings into
                     EmbedLayerNormalization: ORT's recommended CPU path for BERT models. The SDPA export does
                     not fuse (its NaN guards break the attention pattern), hence the eager export.

Both take input_ids, attention_mask, token_type_ids (int64, dynamic batch and sequence axes) and return
last_hidden_state; pooling and normalisation happen in ort_embed.py. The benchmark measures both and
compares bagui with the better of the two for each measurement. Whether or not the files already
existed, each is checked against SentenceTransformer.encode at batch sizes 1, 4 and 9 (one batch padded
from 5 to 256 tokens); the script fails below cosine 0.99999.
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
INPUTS = ["input_ids", "attention_mask", "token_type_ids"]


class LastHiddenState(torch.nn.Module):
    """BertModel called by keyword (transformers 5 changed the positional order) → last_hidden_state."""

    def __init__(self, bert):
        super().__init__()
        self.bert = bert

    def forward(self, input_ids, attention_mask, token_type_ids):
        return self.bert(input_ids=input_ids, attention_mask=attention_mask,
                         token_type_ids=token_type_ids).last_hidden_state


def export(model_dir: str, out: pathlib.Path, attention: str) -> None:
    from transformers import AutoModel, AutoTokenizer
    bert = AutoModel.from_pretrained(model_dir, attn_implementation=attention)
    model = LastHiddenState(bert).eval()
    enc = AutoTokenizer.from_pretrained(model_dir)(["a short one", "a slightly longer example text"],
                                                  padding=True, return_tensors="pt")
    axes = {0: "batch", 1: "sequence"}
    with torch.inference_mode():
        torch.onnx.export(
            model, tuple(enc[name] for name in INPUTS), str(out),
            input_names=INPUTS, output_names=["last_hidden_state"],
            dynamic_axes={name: axes for name in INPUTS + ["last_hidden_state"]},
            opset_version=OPSET, do_constant_folding=True, dynamo=False,
        )


def fuse(src: pathlib.Path, out: pathlib.Path) -> dict:
    from onnxruntime.transformers.optimizer import optimize_model
    optimized = optimize_model(str(src), model_type="bert", num_heads=12, hidden_size=384)
    optimized.save_model_to_file(str(out))
    return {k: v for k, v in optimized.get_fused_operator_statistics().items() if v}


def verify(model_dir: str, paths: list[pathlib.Path], corpus: pathlib.Path) -> dict:
    from sentence_transformers import SentenceTransformer
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()[:6]]
    texts += ["A man is eating food.", "Xin chào, tôi muốn đặt lịch khám.", "word " * 300]
    st = SentenceTransformer(model_dir, device="cpu").encode(texts, batch_size=32, convert_to_numpy=True)
    result = {}
    for path in paths:
        embedder = OrtEmbedder(model_dir, str(path))
        cos = min(float(np.min(np.sum(st * embedder.embed(texts, batch_size=b), axis=1)))
                  for b in (1, 4, len(texts)))
        print(f"{path.name} vs sentence-transformers on {len(texts)} texts: min cosine {cos:.7f}",
              file=sys.stderr)
        if cos < MIN_COSINE:
            sys.exit(f"{path} disagrees with sentence-transformers: min cosine {cos} < {MIN_COSINE}")
        result[path.name] = cos
    return result


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--model", required=True)
    p.add_argument("--out-dir", required=True, type=pathlib.Path)
    p.add_argument("--corpus", type=pathlib.Path,
                   default=pathlib.Path(__file__).resolve().parents[1] / "corpus.jsonl")
    a = p.parse_args()
    torch.set_num_threads(2)
    a.out_dir.mkdir(parents=True, exist_ok=True)
    plain, fused = a.out_dir / "minilm.onnx", a.out_dir / "minilm-fused.onnx"
    if not plain.exists():
        tmp = a.out_dir / "minilm.tmp.onnx"
        export(a.model, tmp, attention="sdpa")
        tmp.replace(plain)
        print(f"exported {plain} (opset {OPSET}, torch {torch.__version__})", file=sys.stderr)
    if not fused.exists():
        eager, tmp = a.out_dir / "minilm-eager.tmp.onnx", a.out_dir / "minilm-fused.tmp.onnx"
        export(a.model, eager, attention="eager")
        stats = fuse(eager, tmp)
        eager.unlink()
        tmp.replace(fused)
        print(f"exported {fused}; fused operators: {stats}", file=sys.stderr)
    print(json.dumps({"min_cosine_vs_st": verify(a.model, [plain, fused], a.corpus)}))


if __name__ == "__main__":
    main()
