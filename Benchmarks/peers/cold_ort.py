#!/usr/bin/env python3
"""Cold start of ONNX Runtime: import onnxruntime + tokenizers (+ numpy), load, embed one text, print it.

    cold_ort.py MODEL_DIR MODEL.onnx "text"   (the harness times the whole process and reads its rusage)
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from ort_embed import OrtEmbedder  # noqa: E402  (onnxruntime, tokenizers, numpy only)

vector = OrtEmbedder(sys.argv[1], sys.argv[2], threads=2).embed([sys.argv[3]])[0]
print(" ".join(f"{x:.6f}" for x in vector[:8]), "...", flush=True)
